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

    private async Task<IReadOnlyList<AxeFinding>> RunAsync(string fixture, Viewport viewport)
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(viewport);
        return await AxeCheck.RunAsync(context, await FixturePages.UrlAsync(site, fixture));
    }
}
