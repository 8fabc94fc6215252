using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// Links the first use of each glossary term on a page to its definition, once per page, never inside a
/// heading or an existing link, and remembers which terms the page used so the layout can define them.
/// </summary>
public sealed class GlossaryLinker(GlossaryMatcher matcher, string? ownTermId = null)
{
    private readonly HashSet<string> used = ownTermId is null ? [] : [ownTermId];
    private readonly List<GlossaryTerm> order = [];

    public IReadOnlyList<GlossaryTerm> TermsUsed => order;

    public void MarkLinked(GlossaryTerm term)
    {
        if (used.Add(term.Id)) order.Add(term);
    }

    public void LinkFirstUses(MarkdownDocument document)
    {
        if (matcher.Pattern is null) return;
        var literals = document.Descendants<LiteralInline>()
            .Where(l => l.FirstParentOfType<LinkInline>() is null && l.Parent?.ParentBlock is not HeadingBlock)
            .ToList();
        foreach (var literal in literals) LinkIn(literal);
    }

    private void LinkIn(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        foreach (System.Text.RegularExpressions.Match match in matcher.Pattern!.Matches(text))
        {
            var term = matcher.TermFor(match.Value);
            if (!used.Add(term.Id)) continue;
            order.Add(term);
            var link = new LinkInline($"/glossary/#{term.Id}", "") { IsClosed = true };
            link.GetAttributes().AddClass("term");
            link.AppendChild(new LiteralInline(match.Value));
            var after = new LiteralInline(text[(match.Index + match.Length)..]);
            literal.Content = new StringSlice(text[..match.Index]);
            literal.InsertAfter(link);
            link.InsertAfter(after);
            LinkIn(after);
            return;
        }
    }
}
