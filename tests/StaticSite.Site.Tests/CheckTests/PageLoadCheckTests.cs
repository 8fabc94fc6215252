using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The page-load check reports each planted fault under production's headers, and nothing on the clean page.</summary>
public sealed class PageLoadCheckTests(SiteUnderTest site)
{
    [Fact]
    public async Task CleanPage_IsClean()
    {
        var report = await RunAsync("clean");

        Assert.True(report.IsClean, string.Join('\n', report.Problems));
    }

    [Fact]
    public async Task InlineScript_ReportsCspViolationOfScriptSrc()
    {
        var report = await RunAsync("csp-inline-script");

        Assert.Contains(report.CspViolations, v => v.StartsWith("script-src-elem blocked inline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScriptLoggingAnError_ReportsConsoleError()
    {
        var report = await RunAsync("console-error");

        Assert.Contains(report.ConsoleErrors, e => e.Contains("deliberate console error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABlockAddedAfterThePaint_ReportsALayoutShift()
    {
        var report = await RunAsync("layout-shift");

        Assert.True(report.LayoutShift > 0, "no layout shift recorded");
        Assert.Contains(report.Problems, p => p.StartsWith("the layout moved while loading", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingImage_ReportsFailedRequestWith404()
    {
        var report = await RunAsync("failed-request");

        Assert.Contains(report.FailedRequests, r => r.EndsWith("/no-such-image.svg (HTTP 404)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImageFromAnotherOrigin_IsBlockedByCsp()
    {
        var report = await RunAsync("foreign-origin");

        Assert.Contains(report.CspViolations, v => v.StartsWith("img-src blocked https://example.invalid/pixel.svg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImageFromAnotherOrigin_WithCspBypassed_ReportsForeignRequest()
    {
        // Production's CSP stops the request before it is made; with the CSP bypassed the check must still see it.
        var browser = await site.BrowserAsync();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });

        var url = await FixturePages.UrlAsync(site, "foreign-origin");
        var report = await context.InNewTabAsync(tab => PageLoadCheck.RunAsync(tab, url));

        Assert.Contains("https://example.invalid/pixel.svg", report.ForeignRequests);
    }

    [Fact]
    public async Task ATabReused_ReportsOnlyThePageItJustOpened()
    {
        // The site's checks open page after page in one tab: a fault on one page must not be blamed on the next.
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var (faulty, clean) = (await FixturePages.UrlAsync(site, "console-error"), await FixturePages.UrlAsync(site, "clean"));

        var (first, second, third) = await context.InNewTabAsync(async tab =>
            (await PageLoadCheck.RunAsync(tab, faulty), await PageLoadCheck.RunAsync(tab, clean), await PageLoadCheck.RunAsync(tab, faulty)));

        Assert.NotEmpty(first.ConsoleErrors);
        Assert.True(second.IsClean, string.Join('\n', second.Problems));
        Assert.Equal(first.ConsoleErrors, third.ConsoleErrors);
    }

    [Fact]
    public async Task ATabReused_StillRecordsCspViolations()
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var (clean, inline) = (await FixturePages.UrlAsync(site, "clean"), await FixturePages.UrlAsync(site, "csp-inline-script"));

        var report = await context.InNewTabAsync(async tab =>
        {
            await PageLoadCheck.RunAsync(tab, clean);
            return await PageLoadCheck.RunAsync(tab, inline);
        });

        Assert.Contains(report.CspViolations, v => v.StartsWith("script-src-elem blocked inline", StringComparison.Ordinal));
    }

    private async Task<PageLoadReport> RunAsync(string fixture)
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var url = await FixturePages.UrlAsync(site, fixture);
        return await context.InNewTabAsync(tab => PageLoadCheck.RunAsync(tab, url));
    }
}
