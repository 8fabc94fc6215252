using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>Every page of the real site shows its content and navigation with JavaScript disabled.</summary>
public sealed class SiteNoScriptTests(SiteUnderTest site)
{
    [Fact]
    public async Task EveryPage_WithoutJavaScript_ShowsContentAndNavigation()
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop, javaScriptEnabled: false);

        var problems = await EveryPage.CheckAsync(server, context, "no JavaScript", async (tab, url) => await NoScriptCheck.RunAsync(tab, url));

        EveryPage.Report("pages without content or navigation when JavaScript is off", problems.Select(p => p.Page).Distinct().Count());
        Assert.True(problems.Count == 0, $"without JavaScript:\n{EveryPage.Describe(problems)}");
    }
}
