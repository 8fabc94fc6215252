using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>
/// The real search.js, in Chromium, over the real site's index: the queries readers typed that found nothing or
/// the wrong page (issue 24) now put the page they meant first.
/// </summary>
public sealed class SiteSearchTests(SiteUnderTest site)
{
    [Theory]
    [InlineData("spying", "/glossary/#intelligence-community")] // a glossary term's other name: "spy agencies"
    [InlineData("gchk", "/agencies/gchq/")] // "q" and "k" fold together
    [InlineData("mohammed", "/episodes/binyam-mohamed-case/")] // the article's spelling; the person's also_known_as has it
    [InlineData("why is huawei a risk", "/episodes/uk-huawei-decision/")] // the question's words, not "why", "is" and "a"
    [InlineData("mi6", "/agencies/sis/")] // the agency's also_known_as
    [InlineData("ruritan", "/glossary/#ruritania")] // a word still being typed
    [InlineData("huawei", "/glossary/#huawei")] // a title that is the whole query comes first
    [InlineData("intellgence sharing", "/")] // a typo in a long word, and a stem ("sharing", "shared")
    [InlineData("Government Communications Headquarters", "/agencies/gchq/")]
    public async Task AQuery_PutsThePageMeantFirst(string query, string first)
    {
        var results = await SearchAsync(query);

        EveryPage.Report($"\"{query}\"", string.Join(" | ", results.Take(3)));
        Assert.NotEmpty(results);
        Assert.Equal(first, results[0]);
    }

    [Fact]
    public async Task AQueryOfOnlyCommonWords_FindsNothing_AndSaysSo()
    {
        var page = await OpenSearchAsync();
        await using var context = page.Context;

        await page.FillAsync("#search-query", "the");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("No results for");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task MatchedWordsAreMarked_EvenWhenSpelledDifferently()
    {
        var page = await OpenSearchAsync();
        await using var context = page.Context;

        await page.FillAsync("#search-query", "mohammed");

        var first = page.Locator("#search-results li").First;
        Assert.Equal("Mohamed", await first.Locator("a mark").First.TextContentAsync());
    }

    public static TheoryData<string> Widths => new(Viewport.Desktop.Name, Viewport.Mobile.Name);

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task ThePageWithResultsShown_HasNoAxeViolations(string width)
    {
        var page = await OpenSearchAsync(width == Viewport.Mobile.Name ? Viewport.Mobile : Viewport.Desktop);
        await using var context = page.Context;
        await page.FillAsync("#search-query", "huawei risk");
        await page.Locator("#search-results li mark").First.WaitForAsync();

        var violations = await AxeCheck.RunOnAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task TheFormAppears_WithoutMovingThePage(string width)
    {
        // The form is shown only once the index has loaded, after the first paint: the page must have kept its room.
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(width == Viewport.Mobile.Name ? Viewport.Mobile : Viewport.Desktop);

        var shift = await context.InNewTabAsync(async tab =>
        {
            await PageLoadCheck.RunAsync(tab, new Uri(server.BaseAddress, "/search/"));
            await tab.Locator("form.search-form:not([hidden])").WaitForAsync();
            // A shift is reported on the frame after it happens.
            await tab.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            return await PageLoadCheck.LayoutShiftAsync(tab);
        });

        Assert.True(shift == 0, $"the page moved when the search form appeared: layout-shift score {shift:F3}");
    }

    private async Task<IPage> OpenSearchAsync(Viewport? viewport = null)
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        var context = await browser.NewContextAsync(viewport ?? Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/search/").ToString());
        // The form is shown once the script has loaded the index.
        await page.Locator("form.search-form:not([hidden])").WaitForAsync();
        return page;
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string query)
    {
        var page = await OpenSearchAsync();
        await using var context = page.Context;
        await page.FillAsync("#search-query", query);
        await page.Locator("#search-results li").First.WaitForAsync();
        return await page.Locator("#search-results li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }
}
