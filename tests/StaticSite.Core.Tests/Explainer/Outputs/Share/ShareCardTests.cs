using System.Text.RegularExpressions;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Outputs.Share;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Share;

public sealed partial class ShareCardTests
{
    private static byte[] Font => File.ReadAllBytes(Path.Combine(RealSite.Root, "theme", RenderShareCards.FontPath));

    [Fact]
    public void Card_IsA1200By630Png()
    {
        using var renderer = ShareCardRenderer.TryCreate(Font)!;
        var png = renderer.Render("Site", "A title", "A summary.", "Episode");

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x00, 0x01, 0x00, 0x00, 0x00 })] // the start of a TrueType file, cut short
    public void AFileThatIsNotAFont_GivesNoRenderer(byte[] file)
    {
        Assert.Null(ShareCardRenderer.TryCreate(file));
    }

    [Fact]
    public void AFontTheBuildMayNotRead_IsReportedOnceAsIo004NamingIt()
    {
        var site = new TestSite();
        var input = site.Files.Where(f => f.Key.StartsWith("input/", StringComparison.Ordinal))
            .Select(f => new SourceFile(f.Key["input/".Length..], f.Key, () => System.Text.Encoding.UTF8.GetBytes(f.Value)));
        var theme = site.Files.Where(f => f.Key.StartsWith("theme/", StringComparison.Ordinal))
            .Select(f => new SourceFile(f.Key["theme/".Length..], f.Key, () => System.Text.Encoding.UTF8.GetBytes(f.Value)))
            .Append(new SourceFile(RenderShareCards.FontPath, "theme/" + RenderShareCards.FontPath, () => throw new UnreadableFileException(FileProblems.CannotRead("theme/" + RenderShareCards.FontPath, FileProblems.PermissionDenied, folder: false))));

        var result = ExplainerSite.Build(new SiteFiles(input, theme), writeTo: null, cancellation: TestContext.Current.CancellationToken);

        // A file on disk that cannot be read throws this (see DiskFile); the theme check reports it before any card is drawn.
        Assert.Equal(["theme/fonts/DejaVuSans-Bold.ttf:1:1: error IO004: this file cannot be read (Permission denied): let the user who runs the build read it (for example chmod u+r), or remove it"],
            result.DiagnosticLines());
    }

    [Fact]
    public void Card_IsByteIdenticalEveryTime_AndDiffersByTitle()
    {
        using var one = ShareCardRenderer.TryCreate(Font)!;
        using var two = ShareCardRenderer.TryCreate(Font)!;

        Assert.Equal(one.Render("Site", "Same title", "Same summary.", "Chapter"), two.Render("Site", "Same title", "Same summary.", "Chapter"));
        Assert.NotEqual(one.Render("Site", "Same title", "Same summary.", "Chapter"), one.Render("Site", "Other title", "Same summary.", "Chapter"));
        Assert.NotEqual(one.Render("Site", "Same title", "Same summary.", "Chapter"), one.Render("Site", "Same title", "Other summary.", "Chapter"));
    }

    [Fact]
    public void PngEncoder_DecodesToExactlyThePixelsItWasGiven()
    {
        const int width = 7, height = 5, rowBytes = width * 4 + 12; // rows padded, as a surface's may be
        var random = new Random(42);
        var pixels = new byte[rowBytes * height];
        random.NextBytes(pixels);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) pixels[y * rowBytes + x * 4 + 3] = 255; // opaque, as cards are
        }

        using var bitmap = SkiaSharp.SKBitmap.Decode(PngEncoder.EncodeRgba(pixels, width, height, rowBytes));

        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = y * rowBytes + x * 4;
                Assert.Equal(new SkiaSharp.SKColor(pixels[at], pixels[at + 1], pixels[at + 2], 255), bitmap.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void PngEncoder_RejectsABufferTooSmallForTheImage()
    {
        Assert.Throws<ArgumentException>(() => PngEncoder.EncodeRgba(new byte[10], 2, 2, 8));
    }

    [Fact]
    public void Cache_DrawsACardOnce_AndAgainOnlyForOtherTexts()
    {
        using var folder = new TempFolder();
        var cache = new ShareCardCache(folder.Path);
        var draws = 0;
        byte[] Draw() { draws++; return [1, 2, 3]; }

        var first = cache.GetOrAdd(ShareCardCache.KeyOf("font", "Site", "Title", "Episode"), Draw)!;
        var again = new ShareCardCache(folder.Path).GetOrAdd(ShareCardCache.KeyOf("font", "Site", "Title", "Episode"), Draw);
        var other = cache.GetOrAdd(ShareCardCache.KeyOf("font", "Site", "Other title", "Episode"), Draw);
        var otherFont = cache.GetOrAdd(ShareCardCache.KeyOf("another font", "Site", "Title", "Episode"), Draw);

        Assert.Equal(first, again);
        Assert.Equal(3, draws);
        Assert.Equal(3, new[] { first, other, otherFont }.Distinct().Count());
        Assert.Equal([1, 2, 3], File.ReadAllBytes(first));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Cache_RemoveUnused_DeletesTheCardsItDidNotHandOut_AndKeepsTheRest()
    {
        using var folder = new TempFolder();
        var lastBuild = new ShareCardCache(folder.Path);
        var kept = lastBuild.GetOrAdd(ShareCardCache.KeyOf("font", "Site", "Title"), () => [1, 2, 3]);
        var old = lastBuild.GetOrAdd(ShareCardCache.KeyOf("font", "Site", "A title since changed"), () => [4, 5, 6, 7]);
        File.WriteAllBytes(Path.Combine(folder.Path, "notes.txt"), [8]); // not a card: never ours to delete

        var thisBuild = new ShareCardCache(folder.Path);
        Assert.Equal(kept, thisBuild.GetOrAdd(ShareCardCache.KeyOf("font", "Site", "Title"), () => throw new InvalidOperationException("drawn again")));
        var (cards, bytes) = thisBuild.RemoveUnused();

        Assert.Equal((1, 4L), (cards, bytes));
        Assert.True(File.Exists(kept));
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(Path.Combine(folder.Path, "notes.txt")));
        Assert.Equal((0, 0L), new ShareCardCache(Path.Combine(folder.Path, "no-such-folder")).RemoveUnused());
    }

    [Fact]
    public void Cache_FontHash_FollowsTheFontsBytes_NotTheArrayItCameIn()
    {
        using var folder = new TempFolder();
        var cache = new ShareCardCache(folder.Path);

        var first = cache.FontHash([1, 2, 3]);

        Assert.Equal(first, cache.FontHash([1, 2, 3]));
        Assert.NotEqual(first, cache.FontHash([1, 2, 4]));
        Assert.Equal(first, cache.FontHash([1, 2, 3]));
    }

    [Fact]
    public void LongTitle_WrapsAndShrinks_WithinThreeLines_AndIsCutWithAnEllipsis()
    {
        using var renderer = ShareCardRenderer.TryCreate(Font)!;
        var title = string.Join(' ', Enumerable.Repeat("Intelligence partnership under strain", 8));

        var lines = TitleLines(renderer.Plan("Site", title, "A summary.", "Chapter"));

        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].Size < 72);
        Assert.EndsWith("…", lines[^1].Text);
    }

    [Fact]
    public void Card_ShowsThePagesTitle_AndTheFirstSentenceOfItsSummary()
    {
        using var renderer = ShareCardRenderer.TryCreate(Font)!;

        var texts = renderer.Plan("Site", "The decision and the row", "In January 2020 the UK let Huawei in. The US objected.", "Chapter").Select(t => t.Text).ToList();

        Assert.Equal(["Site", "CHAPTER", "The decision and the row", "In January 2020 the UK let Huawei in."], texts);
    }

    [Fact]
    public void ACachedCard_IsDrawnAgain_WhenThePagesSummaryChanges()
    {
        using var folder = new TempFolder();
        ExplainerOptions Cached() => new() { ShareCards = new ShareCardCache(folder.Path) };
        const string Card = "agencies/gchq/share.png";

        int Cards() => Directory.GetFiles(folder.Path, "*.png", SearchOption.AllDirectories).Length;
        var before = RealSite.Build(options: Cached()).File(Card).ReadBytes();
        var cardsBefore = Cards();
        var edited = RealSite.Build(new Dictionary<string, Func<string, string>>
        {
            ["input/agencies/gchq.yml"] = yml => yml.Replace("summary: \"The UK's signals", "summary: \"Britain's signals", StringComparison.Ordinal),
        }, Cached()).File(Card).ReadBytes();

        Assert.NotEqual(before, edited);
        Assert.Equal(cardsBefore + 1, Cards()); // only the edited page's card was drawn again
    }

    [Theory]
    [InlineData("One sentence. Another.", "One sentence.")]
    [InlineData("Is it? Yes.", "Is it?")]
    [InlineData("No full stop at all", "No full stop at all")]
    [InlineData("  Version 1.5 shipped. Then 2.0.  ", "Version 1.5 shipped.")]
    [InlineData("", "")]
    public void FirstSentence_EndsAtTheFirstStopFollowedByASpace(string summary, string sentence)
    {
        Assert.Equal(sentence, ShareCardRenderer.FirstSentence(summary));
    }

    [Fact]
    public void EveryCardOfTheRealSite_KeepsItsTextInsideTheSafeArea_AndClearOfTheLogo()
    {
        using var renderer = ShareCardRenderer.TryCreate(Font)!;
        var siteTitle = SiteTitle();
        Assert.NotEmpty(siteTitle);
        var pages = Page.AllIn(RealSite.Result.Written).Where(p => p.CardUrl is not null).ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} cards");

        var problems = pages.SelectMany(p => Problems(renderer.Plan(siteTitle, p.Title, p.Description, p.Kind.CardLabel)).Select(problem => $"{p.Url}: {problem}")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var gchq = renderer.Plan(siteTitle, "Government Communications Headquarters (GCHQ)", "The UK's signals intelligence agency.", "Agency");
        Assert.Contains(gchq, t => t.Text == "The UK's signals intelligence agency.");
    }

    [Theory]
    [InlineData("W", "")]
    [InlineData("Supercalifragilisticexpialidociousandthensomemoreletterswithoutanyspaceatallanywhereinthisword", "Nospaceshereeitherjustoneverylongwordthatcannotbewrappedanywhereintheline.")]
    [InlineData("WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW", "WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW.")]
    [InlineData("Ǆ̈̈̈̈ ÉÅÇ gjpqy ÀÁÂ Ñ", "Descenders gjpqy and accents ÀÁÂÉ.")]
    public void AnyTitle_KeepsItsTextInsideTheSafeArea_AndClearOfTheLogo(string title, string summary)
    {
        using var renderer = ShareCardRenderer.TryCreate(Font)!;
        var siteTitle = string.Join(' ', Enumerable.Repeat("A site name long enough to reach the logo", 3));

        Assert.Empty(Problems(renderer.Plan(siteTitle, title, summary, "A kind of page with a long label that goes on and on and on")));
    }

    private static IEnumerable<string> Problems(IReadOnlyList<ShareCardRenderer.DrawnText> texts)
    {
        foreach (var t in texts)
        {
            if (!ShareCardRenderer.SafeArea.Contains(t.Bounds)) yield return $"\"{t.Text}\" at {t.Bounds} leaves the safe area {ShareCardRenderer.SafeArea}";
            if (ShareCardRenderer.LogoBox.IntersectsWith(t.Bounds)) yield return $"\"{t.Text}\" at {t.Bounds} touches the logo {ShareCardRenderer.LogoBox}";
        }
        foreach (var (upper, lower) in texts.Zip(texts.Skip(1)))
        {
            if (upper.Bounds.IntersectsWith(lower.Bounds)) yield return $"\"{upper.Text}\" and \"{lower.Text}\" overlap";
        }
    }

    private static List<ShareCardRenderer.DrawnText> TitleLines(IReadOnlyList<ShareCardRenderer.DrawnText> texts) =>
        texts.Where(t => t.Size > 30).Skip(1).ToList(); // after the site's name (34), before the summary (30)

    private static string SiteTitle() =>
        System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(RealSite.Root, "input", "site.yml")), "(?m)^title: *\"?([^\"\n]+)\"?").Groups[1].Value;

    [Fact]
    public void EveryPage_HasOpenGraphAndTwitterTags_WithAnAbsoluteImageThatIsBuilt()
    {
        var written = RealSite.Result.Written.Select(d => d.Destination!).ToHashSet();
        const string baseUrl = "https://us-uk-intelligence-explainer.netlify.app/";
        foreach (var (destination, html) in RealSite.HtmlPages)
        {
            var image = OgImage().Match(html);
            Assert.True(image.Success, $"{destination} has no og:image");
            Assert.StartsWith(baseUrl, image.Groups[1].Value);
            Assert.Contains(image.Groups[1].Value[baseUrl.Length..], written);
            foreach (var tag in new[] { "og:title", "og:description", "og:url", "og:type", "og:image:alt" }) Assert.Contains($"<meta property=\"{tag}\" content=\"", html);
            foreach (var tag in new[] { "twitter:card", "twitter:image", "twitter:title" }) Assert.Contains($"<meta name=\"{tag}\" content=\"", html);
        }
    }

    [Fact]
    public void MissingFont_ReportsTpl004_AndDoesNotCrash()
    {
        var withoutFont = new SiteFiles(
            Directory.GetFiles(Path.Combine(RealSite.Root, "input"), "*", SearchOption.AllDirectories).Select(f => Source(f, "input")),
            Directory.GetFiles(Path.Combine(RealSite.Root, "theme"), "*", SearchOption.AllDirectories).Select(f => Source(f, "theme"))
                .Where(f => f.Path != RenderShareCards.FontPath));

        var result = ExplainerSite.Build(withoutFont, writeTo: null, cancellation: TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "TPL004");
        Assert.Equal("theme/fonts/DejaVuSans-Bold.ttf:1:1", error.Location.ToString());
    }

    private static SourceFile Source(string full, string layer)
    {
        var relative = Path.GetRelativePath(Path.Combine(RealSite.Root, layer), full).Replace('\\', '/');
        return new SourceFile(relative, $"{layer}/{relative}", () => File.ReadAllBytes(full));
    }

    [GeneratedRegex("<meta property=\"og:image\" content=\"([^\"]+)\">")]
    private static partial Regex OgImage();
}
