using SkiaSharp;

namespace StaticSite.Explainer.Outputs.Share;

/// <summary>
/// Draws a 1200×630 share card (the size Open Graph and Twitter cards expect) in the site's colours:
/// the site's name, the page's title in large type, and what kind of page it is. Only the font shipped in
/// theme/fonts is used, never a system font, so every machine draws the same pixels and the PNG is byte-identical.
/// </summary>
public sealed class ShareCardRenderer : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Margin = 80;

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

    public byte[] Render(string siteTitle, string title, string kind)
    {
        // Opaque: the card has no transparency, so the PNG carries three channels, not four.
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Surface;
        canvas.DrawRect(0, 0, Width, 120, paint);
        paint.Color = Accent;
        canvas.DrawRect(0, 120, Width, 8, paint);
        // Two linked rings, one per country: the same motif on every card.
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 10;
        paint.Color = Link;
        canvas.DrawCircle(Width - 170, Height - 110, 46, paint);
        paint.Color = Accent;
        canvas.DrawCircle(Width - 110, Height - 110, 46, paint);
        paint.Style = SKPaintStyle.Fill;

        using var small = Font(34);
        paint.Color = Ink;
        canvas.DrawText(Fit(siteTitle, small, Width - 2 * Margin), Margin, 76, SKTextAlign.Left, small, paint);

        var (lines, size) = Layout(title, Width - 2 * Margin, maxLines: 4);
        using var big = Font(size);
        var y = 200 + size;
        paint.Color = Ink;
        foreach (var line in lines)
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, big, paint);
            y += size * 1.2f;
        }

        using var label = Font(30);
        paint.Color = Muted;
        canvas.DrawText(kind.ToUpperInvariant(), Margin, Height - 90, SKTextAlign.Left, label, paint);

        using var pixmap = surface.PeekPixels() ?? throw new InvalidOperationException("the share card surface has no pixels");
        return PngEncoder.EncodeRgba(pixmap.GetPixelSpan(), Width, Height, pixmap.RowBytes);
    }

    /// <summary>Wraps the title at word boundaries, shrinking the type until it fits in the lines allowed.</summary>
    public (IReadOnlyList<string> Lines, float Size) Layout(string text, float width, int maxLines)
    {
        for (var size = 76f; ; size -= 6)
        {
            using var font = Font(size);
            var lines = Wrap(text, font, width);
            if (lines.Count <= maxLines || size <= 40)
            {
                if (lines.Count > maxLines) lines = [.. lines.Take(maxLines - 1), Fit(string.Join(' ', lines.Skip(maxLines - 1)), font, width)];
                return (lines, size);
            }
        }
    }

    public void Dispose() => typeface.Dispose();

    private SKFont Font(float size) => new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.Select(l => Fit(l, font, width)).ToList();
    }

    /// <summary>Cuts a line that is still too wide (one very long word) and ends it with an ellipsis.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width) return text;
        var cut = text.Length;
        while (cut > 1 && font.MeasureText(text[..cut] + "…") > width) cut--;
        return text[..cut].TrimEnd() + "…";
    }
}
