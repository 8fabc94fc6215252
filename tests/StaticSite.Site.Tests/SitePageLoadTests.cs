using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>Every page of the real site loads under production's CSP with no console error, failed or foreign request.</summary>
public sealed class SitePageLoadTests(SiteUnderTest site)
{
    [Fact]
    public async Task EveryPage_LoadsWithoutConsoleErrorsFailedRequestsForeignRequestsOrCspViolations()
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);

        var problems = await EveryPage.CheckAsync(server, context, "page load", async (tab, url) => (await PageLoadCheck.RunAsync(tab, url)).Problems);

        EveryPage.Report("page load problems", problems.Count);
        Assert.True(problems.Count == 0, $"problems while loading pages:\n{EveryPage.Describe(problems)}");
    }
}
