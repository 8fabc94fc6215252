using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>axe (WCAG 2.2 A and AA, best practices) on every page of the real site, at desktop width and at 375 px.</summary>
public sealed class SiteAccessibilityTests(SiteUnderTest site)
{
    [Fact]
    public Task EveryPage_AtDesktopWidth_HasNoAxeViolations() => CheckAsync(Viewport.Desktop);

    [Fact]
    public Task EveryPage_At375px_HasNoAxeViolations() => CheckAsync(Viewport.Mobile);

    private async Task CheckAsync(Viewport viewport)
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(viewport);

        var problems = await EveryPage.CheckAsync(server, context, $"axe ({viewport.Name})", async (tab, url) => (await AxeCheck.RunAsync(tab, url)).Select(f => f.ToString()));

        EveryPage.Report($"axe violations ({viewport.Name})", problems.Count);
        Assert.True(problems.Count == 0, $"axe violations at {viewport.Name} ({viewport.Width} px):\n{EveryPage.Describe(problems)}");
    }
}
