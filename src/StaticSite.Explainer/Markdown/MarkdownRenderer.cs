using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using SourceSpan = StaticSite.Engine.Diagnostics.SourceSpan;
using StaticSite.Explainer.Html;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// Renders Markdown to HTML with cross-references resolved and citations numbered on the syntax tree,
/// where every link still knows its line and column. The Markdig pipeline is built once.
/// </summary>
public sealed class MarkdownRenderer(SiteModel site, DiagnosticBag diagnostics)
{
    // Built once: a pipeline holds no state of a page, and the same reading gives HeadingIds what the pages have.
    private static readonly MarkdownPipeline Standard = Pipeline(headingIds: true);

    // The same reading without heading ids, for the one case where the first gives up (see Parse).
    private static readonly MarkdownPipeline WithoutHeadingIds = Pipeline(headingIds: false);

    private static MarkdownPipeline Pipeline(bool headingIds)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables();
        if (headingIds) builder.UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        // Room for what MarkdownTree lets through: a level can be two objects deep (a list and its item).
        builder.MaximumNestingDepth = 4 * MarkdownLimits.MaxDepth;
        return builder.DisableHtml().Use<ExplainerMarkdownExtension>().Build();
    }

    // Each thread's list of the links and citations of a page, emptied for its next.
    [ThreadStatic] private static List<Inline>? foundOnThread;

    /// <summary>The HTML (made when the layout writes it), and the words it shows for the search index, read from the same syntax tree.</summary>
    /// <remarks>Markdown past the limits (<see cref="MarkdownLimits"/>) is reported, and gives no HTML and no words.</remarks>
    public (HtmlFragment Html, SearchText Text) Render(MarkdownText markdown, PageCitations citations, List<LinkUse> links, GlossaryLinker? glossary = null)
    {
        var text = markdown.Text;
        if (MarkdownLimits.Check(text) is { } problem) return Refused(markdown, problem);
        var found = foundOnThread ?? [];
        foundOnThread = null;
        found.Clear();
        var document = Parse(text, found, out var tooDeep);
        if (tooDeep is not null)
        {
            found.Clear();
            foundOnThread = found;
            return Refused(markdown, tooDeep);
        }
        foreach (var node in found)
        {
            switch (node)
            {
                case LinkInline link: Resolve(link, markdown, links, glossary); break;
                case AutolinkInline autolink: Check(autolink, markdown); break;
                case CitationInline citation: Number(citation, markdown, citations); break;
            }
        }
        found.Clear();
        foundOnThread = found;
        glossary?.LinkFirstUses(document);
        return (new MarkdownHtml(document, Standard), SearchText.Of(document));
    }

    /// <summary>The id each heading of <paramref name="markdown"/> gets on its page, and where the heading is written.</summary>
    public static IEnumerable<(string Id, SourceSpan At)> HeadingIds(MarkdownText markdown)
    {
        foreach (var heading in Markdig.Markdown.Parse(markdown.Text, Standard).Descendants<HeadingBlock>())
        {
            if (heading.GetAttributes().Id is { } id) yield return (id, markdown.At(heading.Line, heading.Column));
        }
    }

    /// <summary>The second-level headings of <paramref name="markdown"/>, with the id each gets on its page: a page's contents.</summary>
    /// <remarks>Markdown the renderer refuses (<see cref="MarkdownLimits"/>, or nested past Markdig's limit) has no contents.</remarks>
    public static IReadOnlyList<(string Id, string Text)> Contents(MarkdownText markdown)
    {
        var text = markdown.Text;
        if (MarkdownLimits.Check(text) is not null) return [];
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Standard);
        }
        catch (ArgumentException)
        {
            return [];
        }
        return document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2 && h.GetAttributes().Id is not null && h.Inline is not null)
            .Select(h => (h.GetAttributes().Id!, string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()))))
            .ToList();
    }

    // Markdig writes each heading's text while parsing, to make its id, and gives up (with an exception and no
    // position) on one nested past its limit; read without heading ids, the same text shows where.
    private MarkdownDocument Parse(string text, List<Inline> found, out MarkdownProblem? tooDeep)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Standard);
        }
        catch (ArgumentException)
        {
            found.Clear();
            document = Markdig.Markdown.Parse(text, WithoutHeadingIds);
        }
        var deep = MarkdownTree.Walk(document, found);
        tooDeep = deep is null ? null : new MarkdownProblem(deep.Line, deep.Column, "MD001", MarkdownLimits.TooDeep("quotes, lists, emphasis or links"));
        return document;
    }

    private (HtmlFragment Html, SearchText Text) Refused(MarkdownText markdown, MarkdownProblem problem)
    {
        diagnostics.Error(markdown.At(problem.Line, problem.Column), problem.Code, problem.Message);
        return (HtmlFragment.Of(""), SearchText.Empty);
    }

    /// <summary>A syntax tree, rendered to HTML where the layout writes it.</summary>
    /// <remarks>Markdig's own ToHtml rents a renderer set up for the pipeline, instead of setting one up for every page.</remarks>
    private sealed class MarkdownHtml(MarkdownDocument document, MarkdownPipeline pipeline) : HtmlFragment
    {
        public override ValueTask WriteToAsync(TextWriter writer)
        {
            Markdig.Markdown.ToHtml(document, writer, pipeline);
            return default;
        }
    }

    private void Resolve(LinkInline link, MarkdownText markdown, List<LinkUse> links, GlossaryLinker? glossary)
    {
        var url = link.Url ?? "";
        var at = markdown.At(link.Line, link.Column);
        // A scheme is the same in any case (a browser reads XREF: as xref:), so an xref: is too.
        if (!url.StartsWith("xref:", StringComparison.OrdinalIgnoreCase))
        {
            if (LinkSchemes.Refused(url) is { } scheme)
            {
                var given = link.Reference is { } definition ? $" (its address is given on line {markdown.At(definition.Line, definition.Column).Line})" : "";
                diagnostics.Error(at, "LINK003", RefusedMessage(link.IsImage, url, scheme) + given);
            }
            // Only links inside the site are checked against the pages built (LINK001); the web is not fetched.
            else if (LinkSchemes.SchemeOf(url) is null) links.Add(new LinkUse(url, at));
            return;
        }
        var target = url["xref:".Length..];
        var slash = target.IndexOf('/');
        var name = slash < 0 ? "" : target[..slash];
        var id = slash < 0 ? target : target[(slash + 1)..];
        if (EntityKind.Named(name) is not { } kind)
        {
            var names = EntityKind.All.Select(k => k.Name).ToList();
            diagnostics.Error(at, "XREF003", $"'{url}' names no kind of page{Suggest.DidYouMean(name, names)}; write xref:KIND/ID with KIND one of {string.Join(", ", names)}");
            return;
        }
        if (site.Find(kind, id) is not { } entity)
        {
            diagnostics.Error(at, "XREF001", $"unknown {kind.Name} '{id}'{Suggest.DidYouMean(id, site.IdsOf(kind))}");
            return;
        }
        link.Url = SiteModel.UrlOf(entity);
        if (entity is GlossaryTerm term) glossary?.MarkLinked(term); // an explicit link counts as the first use
        if (link.FirstChild is null) link.AppendChild(new LiteralInline(entity.DisplayName));
    }

    private void Check(AutolinkInline autolink, MarkdownText markdown)
    {
        if (!autolink.IsEmail && LinkSchemes.Refused(autolink.Url) is { } scheme)
        {
            diagnostics.Error(markdown.At(autolink.Line, autolink.Column), "LINK003", RefusedMessage(image: false, autolink.Url, scheme));
        }
    }

    /// <summary>LINK003's message: what was refused and which links are allowed.</summary>
    public static string RefusedMessage(bool image, string url, string scheme) =>
        $"{(image ? "image" : "link to")} '{url}' uses '{scheme}:', which could run code or open files in the reader's browser; links and images may only point into this site (a relative address, a #fragment or xref:) or start with {string.Join(", ", LinkSchemes.Allowed[..^1].Select(s => s + ":"))} or {LinkSchemes.Allowed[^1]}:";

    private void Number(CitationInline citation, MarkdownText markdown, PageCitations citations)
    {
        CitationSpacing.JoinToPrevious(citation);
        foreach (var id in citation.SourceIds)
        {
            if (site.Find(EntityKind.Source, id) is Source source)
            {
                citation.Marks.Add(citations.Cite(source));
            }
            else
            {
                diagnostics.Error(markdown.At(citation.Line, citation.Column), "XREF002", $"unknown source '{id}' in citation{Suggest.DidYouMean(id, site.IdsOf(EntityKind.Source))}");
            }
        }
    }
}
