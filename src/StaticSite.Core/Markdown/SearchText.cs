using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Core.Markdown;

/// <summary>
/// The words a page's Markdown shows, for the search index: its h2 and h3 headings and all its text, read
/// from the syntax tree that was just rendered, so no page's HTML has to be parsed again. Citation marks
/// ("[1]") are left out: they are noise to a reader searching for words.
/// </summary>
public sealed record SearchText(IReadOnlyList<string> Headings, string Body)
{
    public static readonly SearchText Empty = new([], "");

    public static SearchText Of(MarkdownDocument document)
    {
        var headings = new List<string>();
        var body = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            var text = Squash(Words(block.Inline!, new StringBuilder()).ToString());
            if (text.Length == 0) continue;
            body.Add(text);
            if (block is HeadingBlock { Level: 2 or 3 }) headings.Add(text);
        }
        return new SearchText(headings, string.Join(' ', body));
    }

    /// <summary>This page's text followed by another fragment's, as the page shows them.</summary>
    public SearchText Then(SearchText next) => new([.. Headings, .. next.Headings], string.Join(' ', new[] { Body, next.Body }.Where(b => b.Length > 0)));

    private static StringBuilder Words(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case CitationInline: break;
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case QuoteInline quote: text.Append(quote.Text); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case AutolinkInline autolink: text.Append(autolink.Url); break;
            case LineBreakInline: text.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Words(child, text);
                break;
        }
        return text;
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
