using System.Collections.Concurrent;
using System.Globalization;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>
/// No text in any graphic is drawn smaller than 12 CSS px, on a phone (375 px) or a desk (1280 px): every SVG
/// text element of every page, measured as Chromium renders it. And no graphic is cut off at the side, by the window
/// or by a box that scrolls it.
/// </summary>
public sealed class SiteGraphicLegibilityTests(SiteUnderTest site)
{
    public static TheoryData<string> Widths => ["375px", "desktop"];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task EveryGraphic_DrawsNoTextUnder12CssPixels_AndIsNotCutOff(string width)
    {
        var viewport = width == Viewport.Mobile.Name ? Viewport.Mobile : Viewport.Desktop;
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        await using var context = await browser.NewContextAsync(viewport);
        var smallest = new ConcurrentDictionary<string, SvgTextSizeCheck.Measured>();

        var problems = await EveryPage.CheckAsync(server, context, $"SVG text size at {viewport.Width} px", async (tab, url) =>
        {
            var texts = await SvgTextSizeCheck.MeasureAsync(tab, url);
            if (texts.Count > 0) smallest[url.AbsolutePath] = texts.MinBy(t => t.Px)!;
            return texts.Where(t => t.Px < SvgTextSizeCheck.SmallestReadablePx)
                .Select(t => $"at {viewport.Width} px {SvgTextSizeCheck.Describe(t)}")
                .Concat((await SvgTextSizeCheck.CutOffAsync(tab)).Select(c => $"at {viewport.Width} px {c}"));
        });

        foreach (var (page, text) in smallest.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            EveryPage.Report($"smallest SVG text on {page} at {viewport.Width} px", SvgTextSizeCheck.Describe(text));
        }
        // A check that measured nothing proves nothing: the site draws graphics at every width.
        Assert.True(smallest.Count > 0, $"no SVG text was rendered on any page at {viewport.Width} px");
        Assert.True(problems.Count == 0, $"SVG text under {SvgTextSizeCheck.SmallestReadablePx.ToString(CultureInfo.InvariantCulture)} CSS px, or graphics cut off:\n{EveryPage.Describe(problems)}");
    }
}
