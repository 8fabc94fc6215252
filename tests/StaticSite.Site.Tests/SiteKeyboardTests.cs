using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>Every page of the real site works from the keyboard alone.</summary>
public sealed class SiteKeyboardTests(SiteUnderTest site)
{
    [Fact]
    public async Task EveryPage_FirstTabStopIsASkipLinkThatMovesFocusIntoMain()
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);

        var problems = await EveryPage.CheckAsync(server, context, "skip link", async (tab, url) => await KeyboardCheck.SkipLinkAsync(tab, url));

        EveryPage.Report("skip link problems", problems.Count);
        Assert.True(problems.Count == 0, $"skip link problems:\n{EveryPage.Describe(problems)}");
    }

    [Fact]
    public async Task EveryPage_EveryInteractiveElementIsReachableWithTabAndShowsFocus()
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);

        var tabStops = 0;
        var problems = await EveryPage.CheckAsync(server, context, "tab through", async (tab, url) =>
        {
            var report = await KeyboardCheck.TabThroughAsync(tab, url);
            Interlocked.Add(ref tabStops, report.TabStops);
            return report.Problems;
        });

        EveryPage.Report("tab stops visited", tabStops);
        EveryPage.Report("focus and reachability problems", problems.Count);
        Assert.True(tabStops >= server.Files.Pages().Count, "Tab reached fewer stops than there are pages: the check did not run");
        Assert.True(problems.Count == 0, $"keyboard problems:\n{EveryPage.Describe(problems)}");
    }
}
