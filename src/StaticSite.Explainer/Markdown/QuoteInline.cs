using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// <c>"words"</c> in body text: a short quotation of what someone said, rendered as <c>&lt;q&gt;</c> so that
/// it is marked up as a quotation (the browser adds the quotation marks). The words inside are plain text.
/// </summary>
public sealed class QuoteInline : LeafInline
{
    public required string Text { get; init; }
}

public sealed class QuoteParser : InlineParser
{
    public QuoteParser() => OpeningCharacters = ['"'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var close = text.IndexOf('"', slice.Start + 1, slice.End - slice.Start);
        if (close <= slice.Start + 1) return false;
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new QuoteInline
        {
            Text = text[(slice.Start + 1)..close].ReplaceLineEndings(" "),
            Span = new Markdig.Syntax.SourceSpan(start, start + close - slice.Start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}

public sealed class QuoteRenderer : HtmlObjectRenderer<QuoteInline>
{
    protected override void Write(HtmlRenderer renderer, QuoteInline quote) =>
        renderer.Write("<q>").WriteEscape(quote.Text).Write("</q>");
}
