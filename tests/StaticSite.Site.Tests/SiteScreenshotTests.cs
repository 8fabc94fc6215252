using System.Buffers.Binary;
using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>
/// Screenshots as evidence: a page of every kind at 390 and 1280 px, light and dark, saved where a reviewer (or
/// CI, which keeps them as an artifact) can open them, in <c>$STATICSITE_SCREENSHOTS</c>. Each must show the page no
/// wider than the window, so none scrolls sideways. Taken only when that folder is named (the workflow names it):
/// 56 full-page shots take a minute or more of a two-core machine, which <c>dotnet test</c>'s ten minutes cannot
/// spare on every run.
/// </summary>
public sealed class SiteScreenshotTests(SiteUnderTest site)
{
    public static string? Folder => Environment.GetEnvironmentVariable("STATICSITE_SCREENSHOTS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : null;

    [Fact]
    public async Task EveryPageKind_AtBothWidths_InLightAndDark_IsSaved_AndNeverWiderThanTheWindow()
    {
        Assert.SkipWhen(Folder is null, "set STATICSITE_SCREENSHOTS to a folder to take the screenshots (the workflow does)");
        var folder = Folder!;
        var browser = await site.BrowserAsync();
        var server = await site.SiteAsync();
        var paths = PageOfEachKind.Paths(server.Files.Pages().Select(server.Files.UrlPathOf).ToList());
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        var saved = 0;
        var written = new List<string>();

        foreach (var viewport in new[] { Viewport.Phone, Viewport.Wide })
        {
            var byScheme = new Dictionary<ColorScheme, Dictionary<string, byte[]>>();
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var shots = byScheme[scheme] = [];
                await using var context = await browser.NewContextAsync(viewport, colorScheme: scheme);
                var page = await context.NewPageAsync();
                foreach (var path in paths)
                {
                    await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
                    var file = Path.Combine(folder, $"{PageOfEachKind.NameOf(path)}-{viewport.Name}-{scheme.ToString().ToLowerInvariant()}.png");
                    var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    shots[path] = png;
                    written.Add(file);
                    saved++;
                    var width = WidthOf(png);
                    if (width != viewport.Width) problems.Add($"{path} at {viewport.Width} px ({scheme}): the page is {width} px wide");
                }
            }
            // prefers-color-scheme really switched: every page looks different in the dark.
            problems.AddRange(paths.Where(p => byScheme[ColorScheme.Light][p].AsSpan().SequenceEqual(byScheme[ColorScheme.Dark][p]))
                .Select(p => $"{p} at {viewport.Width} px: the dark screenshot is the light one"));
        }

        EveryPage.Report("screenshots saved", $"{saved} in {folder}");
        Assert.Equal(paths.Count * 4, saved);
        Assert.All(written, f => Assert.True(new FileInfo(f).Length > 0, $"{f} is empty"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // A PNG's width is the big-endian number at bytes 16 to 19 (the IHDR chunk follows the 8-byte signature).
    private static int WidthOf(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
}
