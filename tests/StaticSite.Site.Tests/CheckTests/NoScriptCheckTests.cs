using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The no-JavaScript check reports a page that needs script to show itself, and passes the clean page.</summary>
public sealed class NoScriptCheckTests(SiteUnderTest site)
{
    [Fact]
    public async Task CleanPage_ShowsContentAndNavigation()
    {
        Assert.Empty(await RunAsync("clean"));
    }

    [Fact]
    public async Task PageBuiltByScript_ReportsMissingContentAndNavigation()
    {
        var problems = await RunAsync("needs-javascript");

        Assert.Equal(["no visible h1 in main", "main shows no text", "no visible link in a navigation landmark"], problems);
    }

    private async Task<IReadOnlyList<string>> RunAsync(string fixture)
    {
        var browser = await site.BrowserAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop, javaScriptEnabled: false);
        var url = await FixturePages.UrlAsync(site, fixture);
        return await context.InNewTabAsync(tab => NoScriptCheck.RunAsync(tab, url));
    }
}
