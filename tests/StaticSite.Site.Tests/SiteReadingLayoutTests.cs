using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>
/// The reading layout as Chromium lays it out at a phone's width and a desk's: citation marks that never start a
/// line, a reading column of a good measure, a rail beside it on a wide screen and in the flow (above or below the text) on a narrow one,
/// room under the header, list titles apart from their summaries.
/// </summary>
public sealed class SiteReadingLayoutTests(SiteUnderTest site)
{
    public static TheoryData<string> Widths => ["390", "1280"];

    private static Viewport ViewportOf(string width) => width == "390" ? Viewport.Phone : Viewport.Wide;

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task NoCitationMark_StartsALine_OnAnyPage(string width)
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(ViewportOf(width));
        var marks = 0;

        var problems = await EveryPage.CheckAsync(server, context, $"citation marks at {width} px", async (tab, url) =>
        {
            await tab.OpenAsync(url);
            var found = await tab.EvaluateAsync<string[]>(MarksStartingALine);
            Interlocked.Add(ref marks, await tab.Locator("sup.cite").CountAsync());
            return found;
        });

        EveryPage.Report($"citation marks laid out at {width} px", marks);
        Assert.True(marks > 100, $"only {marks} citation marks found: the check would pass by seeing none");
        Assert.True(problems.Count == 0, $"citation marks at the start of a line:\n{EveryPage.Describe(problems)}");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task EveryPageKind_HasRoomUnderTheHeader_AMeasureToRead_AndItsRailInPlace(string width)
    {
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        var viewport = ViewportOf(width);
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var rails = 0;

        foreach (var path in PageOfEachKind.Paths(server.Files.Pages().Select(server.Files.UrlPathOf).ToList()))
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            var layout = await page.EvaluateAsync<LayoutFigures>(Measure);
            if (layout.H1Gap < 16) problems.Add($"{path}: the h1 is {layout.H1Gap:F0} px under the header (at least 16)");
            if (layout.ProseLines > 0)
            {
                var perLine = layout.ProseCharacters / (double)layout.ProseLines;
                // Each paragraph's last line counts whole, so the figure runs a little under the true measure.
                var (least, most) = viewport == Viewport.Wide ? (58, 75) : (32, 60);
                if (perLine < least || perLine > most) problems.Add($"{path}: {perLine:F0} characters a line (between {least} and {most})");
                EveryPage.Report($"{path} at {width} px: characters a line", perLine.ToString("F0", System.Globalization.CultureInfo.InvariantCulture));
            }
            if (layout.Rail is { } rail)
            {
                rails++;
                var beside = rail.Left >= layout.FlowRight - 1 && rail.Top < layout.FlowBottom;
                var stacked = rail.Bottom <= layout.FlowTop + 1 || rail.Top >= layout.FlowBottom - 1;
                if (viewport == Viewport.Wide && !beside) problems.Add($"{path}: the rail is not beside the reading column");
                if (viewport != Viewport.Wide && !stacked) problems.Add($"{path}: the rail is not in the flow, above or below the text");
            }
            problems.AddRange(layout.RunOnItems.Select(item => $"{path}: the summary runs on from its title: '{item}'"));
        }

        Assert.True(rails >= 3, $"only {rails} pages with a rail: a chapter, an agency and an episode each have one");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // Filled in by Playwright from what the script returns, so settable and without a constructor.
    public sealed class Box
    {
        public double Left { get; set; }
        public double Top { get; set; }
        public double Bottom { get; set; }
    }

    public sealed class LayoutFigures
    {
        public double H1Gap { get; set; }
        public int ProseCharacters { get; set; }
        public int ProseLines { get; set; }
        public Box? Rail { get; set; }
        public double FlowRight { get; set; }
        public double FlowTop { get; set; }
        public double FlowBottom { get; set; }
        public string[] RunOnItems { get; set; } = [];
    }

    // For each mark: the last visible character before it (in the text before it, or the end of the mark before
    // it) must end on the same line, left of the mark. A mark at the start of a line sits left of that character.
    private const string MarksStartingALine = """
        () => {
          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) texts.push(walker.currentNode);
          const bad = [];
          for (const sup of document.querySelectorAll('sup.cite')) {
            let previous = null;
            for (const text of texts) {
              if (sup.contains(text) || !(text.compareDocumentPosition(sup) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
              if (/[^\s\u2060]/.test(text.data)) previous = text;
            }
            if (!previous) continue;
            const last = previous.data.search(/[^\s\u2060][\s\u2060]*$/);
            const range = document.createRange();
            range.setStart(previous, last);
            range.setEnd(previous, last + 1);
            const before = [...range.getClientRects()].pop();
            const mark = sup.getClientRects()[0];
            if (!before || !mark || before.width === 0) continue;
            const sameLine = mark.top < before.bottom && before.top < mark.bottom && mark.left >= before.right - 1;
            if (!sameLine) bad.push(`mark ${sup.textContent} after '${previous.data.slice(Math.max(0, last - 20), last + 1)}' starts a line`);
          }
          return bad;
        }
        """;

    private const string Measure = """
        () => {
          const header = document.querySelector('.site-header').getBoundingClientRect();
          const h1 = document.querySelector('h1').getBoundingClientRect();
          let characters = 0, lines = 0;
          for (const p of document.querySelectorAll('.prose > p')) {
            const text = p.textContent.replace(/\s+/g, ' ').trim();
            const height = parseFloat(getComputedStyle(p).lineHeight);
            const count = Math.round(p.getBoundingClientRect().height / height);
            if (text.length < 300 || count < 3) continue; // long paragraphs only: a short last line counts for less
            characters += text.length; lines += count;
          }
          const box = e => e && e.getBoundingClientRect();
          const rail = box(document.querySelector('.with-rail > .rail'));
          const flow = box(document.querySelector('.with-rail > .flow'));
          const runOn = [];
          for (const li of document.querySelectorAll('.link-list > li')) {
            const title = li.querySelector('.item-title'), note = li.querySelector('.item-note');
            if (title && note && box(note).top < box(title).bottom - 1) runOn.push(li.textContent.trim().slice(0, 40));
          }
          return {
            h1Gap: h1.top - header.bottom, proseCharacters: characters, proseLines: lines,
            rail: rail && rail.height > 0 ? { left: rail.left, top: rail.top, bottom: rail.bottom } : null,
            flowRight: flow ? flow.right : 0, flowTop: flow ? flow.top : 0, flowBottom: flow ? flow.bottom : 0,
            runOnItems: runOn,
          };
        }
        """;
}
