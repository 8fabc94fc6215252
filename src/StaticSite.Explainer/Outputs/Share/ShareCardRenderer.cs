using SkiaSharp;

namespace StaticSite.Explainer.Outputs.Share;

/// <summary>
/// Draws a 1200×630 share card (the size Open Graph and Twitter cards expect) in the site's colours: the site's
/// name and the logo in a band at the top; below it what kind of page it is, the page's title in large type and
/// the first sentence of its summary. Only the font shipped in theme/fonts is used, never a system font, so every
/// machine draws the same pixels and the PNG is byte-identical.
/// </summary>
/// <remarks>
/// Every text is laid out first (<see cref="Plan"/>) and drawn from that plan, so the bounds a test checks are the
/// bounds drawn: each inside <see cref="SafeArea"/> and clear of <see cref="LogoBox"/>, whatever the title.
/// </remarks>
public sealed class ShareCardRenderer : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Margin = 80;
    private const float BandHeight = 120;

    /// <summary>Where text may be drawn: clear of the edges, which some sites crop or round.</summary>
    public static readonly SKRect SafeArea = new(Margin, 24, Width - Margin, Height - 40);

    // Two linked rings, one per country, at the right of the band: the same motif on every card.
    private const float RingRadius = 34, RingStroke = 8, RingY = BandHeight / 2;
    private const float RightRingX = Width - 60 - RingRadius - RingStroke / 2, LeftRingX = RightRingX - 50;

    /// <summary>The logo's box (the rings and their strokes), which no text may touch.</summary>
    public static readonly SKRect LogoBox = new(
        LeftRingX - RingRadius - RingStroke / 2, RingY - RingRadius - RingStroke / 2,
        RightRingX + RingRadius + RingStroke / 2, RingY + RingRadius + RingStroke / 2);

    // Space kept between the logo and the site's name.
    private const float LogoGap = 32;

    // The theme's light palette (theme/assets/css/site.css): paper, ink, the red rule under the header.
    private static readonly SKColor Paper = new(0xfd, 0xfc, 0xf9);
    private static readonly SKColor Surface = new(0xf2, 0xef, 0xe8);
    private static readonly SKColor Ink = new(0x1b, 0x1f, 0x24);
    private static readonly SKColor Muted = new(0x4a, 0x4f, 0x57);
    private static readonly SKColor Accent = new(0x9b, 0x2c, 0x2c);
    private static readonly SKColor Link = new(0x1d, 0x4e, 0x89);

    private readonly SKTypeface typeface;

    private ShareCardRenderer(SKTypeface typeface) => this.typeface = typeface;

    /// <summary>A renderer drawing with the font in <paramref name="fontFile"/>, or null when Skia cannot read a font with letters in it there.</summary>
    public static ShareCardRenderer? TryCreate(byte[] fontFile)
    {
        if (fontFile.Length == 0) return null;
        using var data = SKData.CreateCopy(fontFile);
        var typeface = SKTypeface.FromData(data);
        if (typeface is null) return null;
        if (typeface.GlyphCount > 0) return new ShareCardRenderer(typeface);
        typeface.Dispose();
        return null;
    }

    /// <summary>One line of text as the card draws it, and the box its glyphs cover.</summary>
    public sealed record DrawnText(string Text, float X, float Baseline, float Size, SKColor Color, SKRect Bounds);

    /// <summary>
    /// Where every text of the card goes. The title is as large as fits, up to three lines, with the summary's first
    /// sentence under it in up to two lines (one if the title needs the room); a title too long for three lines of
    /// the smallest type is cut with an ellipsis, and so is a sentence too long for its lines.
    /// </summary>
    public IReadOnlyList<DrawnText> Plan(string siteTitle, string title, string summary, string kind)
    {
        var texts = new List<DrawnText>();
        var site = Line(Fit(siteTitle, 34, LogoBox.Left - LogoGap - Margin), 34, Margin, 76, Ink);
        texts.Add(site);

        var kicker = Line(Fit(kind.ToUpperInvariant(), 26, SafeArea.Width), 26, Margin, BandHeight + 8 + 64, Accent);
        texts.Add(kicker);

        var sentence = FirstSentence(summary);
        var top = kicker.Baseline + 28;
        var body = Attempts().Select(a => Body(title, sentence, top, a.TitleSize, a.SummaryLines)).FirstOrDefault(b => b is not null)
            ?? Body(title, sentence, top, MinTitleSize, 1, force: true)!;
        texts.AddRange(body);
        return texts;
    }

    private const float MaxTitleSize = 72, MinTitleSize = 40, SummarySize = 30;

    private const int TitleLines = 3;

    // Largest title first, with the summary in two lines, then in one (the title as large as before), then none.
    private static IEnumerable<(float TitleSize, int SummaryLines)> Attempts()
    {
        foreach (var summaryLines in new[] { 2, 1 })
        {
            for (var size = MaxTitleSize; size >= MinTitleSize; size -= 4) yield return (size, summaryLines);
        }
    }

    // The title and summary from top down, or null when the title needs more lines, or both more height, than the
    // card has; forced, a title too long is cut with an ellipsis instead.
    private List<DrawnText>? Body(string title, string sentence, float top, float titleSize, int summaryLines, bool force = false)
    {
        var texts = new List<DrawnText>();
        var titleWrapped = Wrap(title, titleSize, SafeArea.Width);
        if (titleWrapped.Count > TitleLines)
        {
            if (!force) return null;
            titleWrapped = Cut(titleWrapped, TitleLines, titleSize, SafeArea.Width);
        }
        using var titleFont = Font(titleSize);
        var y = top - titleFont.Metrics.Ascent;
        foreach (var line in titleWrapped)
        {
            texts.Add(Line(line, titleSize, Margin, y, Ink));
            y += titleSize * 1.15f;
        }
        if (summaryLines > 0 && sentence.Length > 0)
        {
            var summaryWrapped = Wrap(sentence, SummarySize, SafeArea.Width);
            if (summaryWrapped.Count > summaryLines) summaryWrapped = Cut(summaryWrapped, summaryLines, SummarySize, SafeArea.Width);
            y += 12;
            foreach (var line in summaryWrapped)
            {
                texts.Add(Line(line, SummarySize, Margin, y, Muted));
                y += SummarySize * 1.35f;
            }
        }
        var bottom = texts.Count == 0 ? top : texts.Max(t => t.Bounds.Bottom);
        return force || bottom <= SafeArea.Bottom ? texts : null;
    }

    public byte[] Render(string siteTitle, string title, string summary, string kind)
    {
        var texts = Plan(siteTitle, title, summary, kind);
        // Opaque: the card has no transparency, so the PNG carries three channels, not four.
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Surface;
        canvas.DrawRect(0, 0, Width, BandHeight, paint);
        paint.Color = Accent;
        canvas.DrawRect(0, BandHeight, Width, 8, paint);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = RingStroke;
        paint.Color = Link;
        canvas.DrawCircle(LeftRingX, RingY, RingRadius, paint);
        paint.Color = Accent;
        canvas.DrawCircle(RightRingX, RingY, RingRadius, paint);
        paint.Style = SKPaintStyle.Fill;

        foreach (var text in texts)
        {
            using var font = Font(text.Size);
            paint.Color = text.Color;
            canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, font, paint);
        }

        using var pixmap = surface.PeekPixels() ?? throw new InvalidOperationException("the share card surface has no pixels");
        return PngEncoder.EncodeRgba(pixmap.GetPixelSpan(), Width, Height, pixmap.RowBytes);
    }

    /// <summary>The summary's first sentence: up to the first ".", "?" or "!" followed by a space, or all of it.</summary>
    public static string FirstSentence(string summary)
    {
        var text = summary.Trim();
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1])) return text[..(i + 1)];
        }
        return text;
    }

    public void Dispose() => typeface.Dispose();

    private SKFont Font(float size) => new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    private DrawnText Line(string text, float size, float x, float baseline, SKColor color)
    {
        using var font = Font(size);
        font.MeasureText(text, out var bounds);
        bounds.Offset(x, baseline);
        return new DrawnText(text, x, baseline, size, color, bounds);
    }

    private List<string> Wrap(string text, float size, float width)
    {
        using var font = Font(size);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Measure(font, candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.Select(l => Fit(font, l, width)).ToList();
    }

    // The first lines kept, the rest run into the last line and cut with an ellipsis.
    private List<string> Cut(List<string> lines, int keep, float size, float width)
    {
        using var font = Font(size);
        return [.. lines.Take(keep - 1), Fit(font, string.Join(' ', lines.Skip(keep - 1)) + " …", width, always: true)];
    }

    private string Fit(string text, float size, float width)
    {
        using var font = Font(size);
        return Fit(font, text, width);
    }

    /// <summary>Cuts a line that is too wide at a word if it can (a letter if it must) and ends it with an ellipsis.</summary>
    private static string Fit(SKFont font, string text, float width, bool always = false)
    {
        if (!always && Measure(font, text) <= width) return text;
        var body = text.EndsWith(" …", StringComparison.Ordinal) ? text[..^2] : text;
        for (var cut = body.Length; cut > 0; cut = body.LastIndexOf(' ', cut - 1) is var space and > 0 ? space : 0)
        {
            var candidate = body[..cut].TrimEnd(' ', ',', ';', ':', '—', '–') + "…";
            if (Measure(font, candidate) <= width) return candidate;
        }
        for (var cut = body.Length - 1; cut > 1; cut--)
        {
            if (Measure(font, body[..cut] + "…") <= width) return body[..cut] + "…";
        }
        return "…";
    }

    // The width the glyphs cover, not the advance: what must stay inside the card.
    private static float Measure(SKFont font, string text)
    {
        var advance = font.MeasureText(text, out var bounds);
        return Math.Max(advance, bounds.Right) - Math.Min(0, bounds.Left);
    }
}
