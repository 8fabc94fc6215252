using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The keyboard checks report each planted fault, and nothing on the clean page.</summary>
public sealed class KeyboardCheckTests(SiteUnderTest site)
{
    [Fact]
    public async Task CleanPage_HasAWorkingSkipLink()
    {
        Assert.Empty(await RunAsync(KeyboardCheck.SkipLinkAsync, "clean"));
    }

    [Fact]
    public async Task CleanPage_ReachesEveryElementWithVisibleFocus()
    {
        var report = await TabThroughAsync("clean");

        Assert.Empty(report.Problems);
        Assert.Equal(2, report.InteractiveElements);
        Assert.Equal(2, report.TabStops);
    }

    [Fact]
    public async Task PageWithoutSkipLink_ReportsTheNavigationAsFirstTabStop()
    {
        var problem = Assert.Single(await RunAsync(KeyboardCheck.SkipLinkAsync, "no-skip-link"));

        Assert.StartsWith("the first tab stop is a \"Clean page\"", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipLinkToUnfocusableMain_ReportsFocusNotMoved()
    {
        var problem = Assert.Single(await RunAsync(KeyboardCheck.SkipLinkAsync, "skip-link-no-focus"));

        Assert.Contains("does not move focus into main", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkWithoutFocusRing_ReportsNoVisibleFocusIndicator()
    {
        var problem = Assert.Single((await TabThroughAsync("focus-invisible")).Problems);

        Assert.Equal("no visible focus indicator: a \"A link without a focus ring\"", problem);
    }

    [Fact]
    public async Task SpanWithButtonRole_ReportsNotReachable()
    {
        var problem = Assert.Single((await TabThroughAsync("unreachable-control")).Problems);

        Assert.Equal("not reachable with Tab: span \"Save\"", problem);
    }

    private Task<TabReport> TabThroughAsync(string fixture) => RunAsync(KeyboardCheck.TabThroughAsync, fixture);

    private async Task<T> RunAsync<T>(Func<Microsoft.Playwright.IPage, Uri, Task<T>> check, string fixture)
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var url = await FixturePages.UrlAsync(site, fixture);
        return await context.InNewTabAsync(tab => check(tab, url));
    }
}
