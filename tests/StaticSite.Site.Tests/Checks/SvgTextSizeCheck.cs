using System.Globalization;
using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// The rendered size of every SVG text a reader can see on a page: its computed font size (in the SVG's user
/// units) times the scale the SVG is drawn at on screen (its current transformation matrix), in CSS pixels.
/// Text that is not rendered (inside an element with <c>display: none</c>, say a drawing replaced by a list at
/// that width) has no box and is not measured; the caller checks that something was.
/// </summary>
public static class SvgTextSizeCheck
{
    /// <summary>Below this, text in a graphic is too small to read (issue 24's legibility rule).</summary>
    public const double SmallestReadablePx = 12;

    public sealed record Measured(string Text, double Px);

    // Each text and tspan with its own characters: a tspan can set its own size, so it is measured on its own.
    private const string Script = """
        () => [...document.querySelectorAll('svg text, svg tspan')]
          .filter(t => t.getClientRects().length > 0 && getComputedStyle(t).visibility !== 'hidden')
          .map(t => {
            const own = [...t.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
            const m = t.getScreenCTM();
            const scale = m ? Math.hypot(m.a, m.b) : 0;
            return { text: own, px: parseFloat(getComputedStyle(t).fontSize) * scale };
          })
          .filter(t => t.text.length > 0)
        """;

    /// <param name="page">the tab to open <paramref name="url"/> in.</param>
    public static async Task<IReadOnlyList<Measured>> MeasureAsync(IPage page, Uri url)
    {
        await page.OpenAsync(url);
        var found = await page.EvaluateAsync<Item[]>(Script);
        return found.Select(f => new Measured(f.Text, f.Px)).ToList();
    }

    /// <summary>
    /// Every drawing a reader can see that is cut off: wider than the window, or inside a box that scrolls it sideways
    /// (the reader would have to find the scroll bar to see the rest). Each is named by its title.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CutOffAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(CutOffScript);

    private const string CutOffScript = """
        () => [...document.querySelectorAll('svg')]
          .filter(svg => svg.getClientRects().length > 0)
          .flatMap(svg => {
            const name = svg.querySelector('title')?.textContent ?? svg.getAttribute('class') ?? 'svg';
            const box = svg.getBoundingClientRect();
            if (box.left < -1 || box.right > document.documentElement.clientWidth + 1) return [`"${name}" is wider than the window`];
            for (let e = svg.parentElement; e && e !== document.body; e = e.parentElement) {
              if (getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1)
                return [`"${name}" is cut off by its ${e.tagName.toLowerCase()}, which scrolls it sideways`];
            }
            return [];
          })
        """;

    public static string Describe(Measured m) =>
        $"\"{m.Text}\" is {m.Px.ToString("F1", CultureInfo.InvariantCulture)} px";

    // Playwright fills the result by property, so it needs a parameterless constructor and setters.
    private sealed class Item
    {
        public string Text { get; set; } = "";

        public double Px { get; set; }
    }
}
