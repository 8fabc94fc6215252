using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The axe check reports the faults planted in the fixture pages, and nothing on the clean one.</summary>
public sealed class AxeCheckTests(SiteUnderTest site)
{
    [Fact]
    public async Task CleanPage_HasNoViolations()
    {
        var findings = await RunAsync("clean", Viewport.Desktop);

        Assert.Empty(findings);
    }

    [Fact]
    public async Task ImageWithoutAlt_ReportsImageAlt()
    {
        var findings = await RunAsync("missing-alt", Viewport.Desktop);

        var finding = Assert.Single(findings, f => f.RuleId == "image-alt");
        Assert.Contains("img", finding.Targets.Single());
    }

    [Fact]
    public async Task PaleText_At375px_ReportsColorContrast()
    {
        var findings = await RunAsync("low-contrast", Viewport.Mobile);

        var finding = Assert.Single(findings, f => f.RuleId == "color-contrast");
        Assert.Equal(".low-contrast", finding.Targets.Single());
    }

    [Fact]
    public async Task ATabReused_ReportsOnlyThePageItJustOpened()
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var (faulty, clean) = (await FixturePages.UrlAsync(site, "missing-alt"), await FixturePages.UrlAsync(site, "clean"));

        var (first, second) = await context.InNewTabAsync(async tab => (await AxeCheck.RunAsync(tab, faulty), await AxeCheck.RunAsync(tab, clean)));

        Assert.Contains(first, f => f.RuleId == "image-alt");
        Assert.Empty(second);
    }

    private async Task<IReadOnlyList<AxeFinding>> RunAsync(string fixture, Viewport viewport)
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(viewport);
        var url = await FixturePages.UrlAsync(site, fixture);
        return await context.InNewTabAsync(tab => AxeCheck.RunAsync(tab, url));
    }
}
