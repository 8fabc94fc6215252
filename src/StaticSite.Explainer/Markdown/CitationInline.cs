using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Markdown;

/// <summary><c>[@source-id]</c> or <c>[@a; @b]</c>: a citation, numbered per page when rendered.</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>Filled in before rendering: the citation number and the anchor of this use, per source.</summary>
    public List<(int Number, string Anchor)> Marks { get; } = [];
}

/// <summary>Parses citations before Markdig's link parser sees the '['.</summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var text = slice.Text;
        var close = CloseOf(text, slice.Start + 1, slice.End);
        if (close < 0) return false;
        var parts = text[(slice.Start + 1)..close].Split(';', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length < 2 || p[0] != '@' || p[1..].Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))) return false;
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            SourceIds = parts.Select(p => p[1..]).ToList(),
            Span = new Markdig.Syntax.SourceSpan(start, start + close - slice.Start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    // The ']' that ends a citation, looked for only as far as characters a citation can hold: searching the rest of
    // the paragraph from every "[@" took time that grew with the square of its length.
    private static int CloseOf(string text, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            var c = text[i];
            if (c == ']') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '@' or '-' or ';' || char.IsWhiteSpace(c))) return -1;
        }
        return -1;
    }
}

/// <summary>
/// Writes each mark joined to what comes before it by a word joiner (U+2060), so a browser never breaks a line
/// before a mark: with the space before it taken away (<see cref="CitationSpacing"/>), the mark stays on the line
/// of the word it follows, and a second mark on the line of the first.
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        foreach (var (number, anchor) in citation.Marks)
        {
            renderer.Write("&#x2060;<sup class=\"cite\"><a href=\"#source-").Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("\" id=\"").Write(anchor).Write("\">[").Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("]</a></sup>");
        }
    }
}
