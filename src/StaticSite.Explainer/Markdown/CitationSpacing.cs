using Markdig.Syntax.Inlines;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// Takes away the white space written before a citation (<c>word [@source]</c>), and a line break in the source
/// before it, so that the rendered mark follows its word directly: a space there is where a browser may start a
/// new line, which would leave the mark alone at the start of it.
/// </summary>
internal static class CitationSpacing
{
    public static void JoinToPrevious(CitationInline citation)
    {
        while (citation.PreviousSibling is LineBreakInline { IsHard: false } softBreak) softBreak.Remove();
        if (citation.PreviousSibling is LiteralInline literal) literal.Content.TrimEnd();
    }
}
