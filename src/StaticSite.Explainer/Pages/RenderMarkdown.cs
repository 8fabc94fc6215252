using System.Collections.Concurrent;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Documents;
using StaticSite.Explainer.Markdown;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Renders each page's Markdown (cross-references, citations, glossary terms) and numbers its sources. The
/// sources page, which lists where each source is cited, is made last, from what every other page cited.
/// </summary>
public sealed class RenderMarkdown(SiteModel model, RenderCache? cache) : DocumentModule
{
    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
        new Step(model, cache, context);

    private sealed class Step : IDocumentStep
    {
        private readonly SiteModel model;
        private readonly RenderCache? cache;
        private readonly BuildContext context;
        private readonly MarkdownRenderer renderer;
        private readonly GlossaryMatcher glossary;
        private readonly string referable;
        // Only what the sources page needs from each page, so a page's rendered HTML is not kept for it.
        private readonly ConcurrentBag<(int Index, CitingPage Page)> cited = [];

        public Step(SiteModel model, RenderCache? cache, BuildContext context)
        {
            (this.model, this.cache, this.context) = (model, cache, context);
            renderer = new MarkdownRenderer(model, context.Diagnostics);
            glossary = new GlossaryMatcher(model.Glossary);
            cache?.BeginMarkdown();
            referable = cache is null ? "" : MarkdownInputs.Referable(model);
        }

        public bool WaitsForOthers(Document document) => document.ModelAs<Page>().Kind == SourcesPages.Sources;

        public Document Process(Document document, int index)
        {
            var page = document.ModelAs<Page>();
            if (page.Kind == SourcesPages.Sources)
            {
                page = SourcesPages.Make(model, [.. cited.OrderBy(c => c.Index).Select(c => c.Page)]);
            }
            var rendered = cache is null
                ? Render(page, model, renderer, glossary)
                : cache.GetOrRenderMarkdown(page, referable, () => Render(page, model, renderer, glossary));
            if (rendered.Sources.Count > 0) cited.Add((index, new CitingPage(new Link(page.Title, page.Url), [.. rendered.Sources.Select(s => s.Id)])));
            return document with { Model = rendered };
        }

        public IReadOnlyList<Document> Finish()
        {
            cache?.EndMarkdown(!context.Diagnostics.HasErrors);
            return [];
        }
    }

    private static RenderedPage Render(Page page, SiteModel model, MarkdownRenderer renderer, GlossaryMatcher glossary)
    {
        var citations = new PageCitations();
        var links = new List<LinkUse>();
        // On the glossary page itself every term is defined already, so nothing is linked there.
        var linker = !page.Kind.LinksGlossaryTerms ? null : new GlossaryLinker(glossary);
        var rendered = page.Markdown.Select(m => (m.Key, Output: renderer.Render(m.Text, citations, links, linker))).ToList();
        var html = rendered.ToDictionary(r => r.Key, r => r.Output.Html, StringComparer.Ordinal);
        var search = rendered.Aggregate(SearchText.Empty, (all, r) => all.Then(r.Output.Text));
        var anchors = citations.Sources.Select((s, i) => (s.Id, Anchor: $"cite-{i + 1}-1")).ToDictionary(p => p.Id, p => p.Anchor);
        foreach (var extra in page.Sources.Select(r => model.Find(EntityKind.Source, r.Id)).OfType<Source>()) citations.Cite(extra);
        var sources = citations.Sources.Select((s, i) => new CitedSource(i + 1, s.Id, s.Title, s.Publisher, s.Date?.Display,
            SiteModel.UrlOf(s), s.Url, s.Site, anchors.GetValueOrDefault(s.Id))).ToList();
        var terms = linker?.TermsUsed.Select(t => new TermUse(t.Id, t.Term, t.Short)).ToList() ?? [];
        return new RenderedPage(page, html, sources, terms, links, search);
    }
}

/// <summary>A page and the ids of the sources it cites, in its own order.</summary>
public sealed record CitingPage(Link Page, IReadOnlyList<string> SourceIds);
