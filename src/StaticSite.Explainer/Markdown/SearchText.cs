using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Explainer.Templates;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// The words a page's Markdown shows, for the search index: its h2 and h3 headings and all its text, read
/// from the syntax tree that was just rendered, so no page's HTML has to be parsed again. Citation marks
/// ("[1]") are left out: they are noise to a reader searching for words.
/// </summary>
public sealed record SearchText(IReadOnlyList<string> Headings, string Body)
{
    public static readonly SearchText Empty = new([], "");

    // Each thread's builders, kept from page to page: built anew, their growth was a tenth of what rendering
    // Markdown allocated.
    [ThreadStatic] private static (StringBuilder Body, StringBuilder Words)? builders;

    public static SearchText Of(MarkdownDocument document)
    {
        var headings = new List<string>();
        var (body, words) = builders ?? (new StringBuilder(), new StringBuilder());
        builders = null; // taken, in case a page's text is ever read while another's is
        body.Clear();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            Words(block.Inline, words.Clear());
            var before = body.Length;
            if (before > 0) body.Append(' ');
            var start = body.Length;
            if (!AppendSquashed(body, words))
            {
                body.Length = before;
                continue;
            }
            if (block is HeadingBlock { Level: 2 or 3 }) headings.Add(body.ToString(start, body.Length - start));
        }
        var text = new SearchText(headings, body.ToString());
        if (body.Capacity <= PageBuffer.MostKept && words.Capacity <= PageBuffer.MostKept) builders = (body, words);
        return text;
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

    // Runs of white space become one space, with none at either end: the same as splitting on white space
    // and joining with spaces, but copying whole runs of other characters and making no string for each word.
    // One pass over the characters: a search for the next white space per word (a set of 25 characters, most
    // not ASCII) cost more than the words, about a fifth of rendering an episode's Markdown.
    // False when there were no words at all.
    internal static bool AppendSquashed(StringBuilder target, StringBuilder words)
    {
        if (IsSquashedAlready(words))
        {
            target.Append(words);
            return true;
        }
        var wrote = false;
        var pendingSpace = false;
        foreach (var chunk in words.GetChunks())
        {
            var text = chunk.Span;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !IsWhiteSpace(text[i])) continue;
                if (i > start)
                {
                    if (pendingSpace) target.Append(' ');
                    target.Append(text[start..i]);
                    wrote = true;
                    pendingSpace = false;
                }
                // A word may go on into the next chunk: only white space ends it.
                if (i < text.Length) pendingSpace = wrote;
                start = i + 1;
            }
        }
        return wrote;
    }

    // Most of a page's text already has one space between words and none at the ends; it is appended whole, not word
    // by word. Only text in one piece is checked, which is all but the longest paragraphs.
    private static bool IsSquashedAlready(StringBuilder words)
    {
        var chunks = words.GetChunks();
        if (!chunks.MoveNext()) return false;
        var text = chunks.Current.Span;
        return !chunks.MoveNext() && text.Length > 0 && text[0] != ' ' && text[^1] != ' '
            && text.IndexOfAny(WhiteSpaceButSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> WhiteSpaceButSpace =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    private static bool IsWhiteSpace(char c) => (c <= ' ' || c >= '\x7f') && char.IsWhiteSpace(c);
}
