using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Core.Data;
using StaticSite.Core.Diagnostics;
using StaticSite.Core.Templates;

namespace StaticSite.Core.Markdown;

/// <summary>
/// Renders Markdown to HTML with cross-references resolved and citations numbered on the syntax tree,
/// where every link still knows its line and column. The Markdig pipeline is built once per build.
/// </summary>
public sealed class MarkdownRenderer(SiteModel site, DiagnosticBag diagnostics)
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Use<ExplainerMarkdownExtension>()
        .Build();

    /// <summary>The HTML (made when the layout writes it), and the words it shows for the search index, read from the same syntax tree.</summary>
    public (HtmlFragment Html, SearchText Text) Render(MarkdownText markdown, PageCitations citations, List<LinkUse> links, GlossaryLinker? glossary = null)
    {
        var document = Markdig.Markdown.Parse(markdown.Text, pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link: Resolve(link, markdown, links, glossary); break;
                case CitationInline citation: Number(citation, markdown, citations); break;
            }
        }
        glossary?.LinkFirstUses(document);
        return (new MarkdownHtml(document, pipeline), SearchText.Of(document));
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
        if (!url.StartsWith("xref:", StringComparison.Ordinal))
        {
            if (!url.Contains("://", StringComparison.Ordinal) && !url.StartsWith("mailto:", StringComparison.Ordinal)) links.Add(new LinkUse(url, at));
            return;
        }
        var target = url["xref:".Length..];
        var slash = target.IndexOf('/');
        var kind = slash < 0 ? "" : target[..slash];
        var id = slash < 0 ? target : target[(slash + 1)..];
        if (!EntityKind.All.Contains(kind))
        {
            diagnostics.Error(at, "XREF003", $"'{url}' names no kind of page{Suggest.DidYouMean(kind, EntityKind.All)}; write xref:KIND/ID with KIND one of {string.Join(", ", EntityKind.All)}");
            return;
        }
        if (site.Find(kind, id) is not { } entity)
        {
            diagnostics.Error(at, "XREF001", $"unknown {kind} '{id}'{Suggest.DidYouMean(id, site.IdsOf(kind))}");
            return;
        }
        link.Url = SiteModel.UrlOf(entity);
        if (entity is GlossaryTerm term) glossary?.MarkLinked(term); // an explicit link counts as the first use
        if (link.FirstChild is null) link.AppendChild(new LiteralInline(entity.DisplayName));
    }

    private void Number(CitationInline citation, MarkdownText markdown, PageCitations citations)
    {
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
