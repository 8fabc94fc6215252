using StaticSite.Core.Data;
using StaticSite.Core.Documents;
using StaticSite.Core.Markdown;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Explainer;

/// <summary>
/// Renders each page's Markdown (cross-references, citations, glossary terms), numbers its sources,
/// and then fills the sources page with where each source is cited.
/// </summary>
public sealed class RenderMarkdown(ExplainerState state) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (state.Model is not { } model) return documents;
        var renderer = new MarkdownRenderer(model, context.Diagnostics);
        var glossary = new GlossaryMatcher(model.Glossary);
        var cache = state.Cache;
        cache?.BeginMarkdown();
        var referable = cache is null ? "" : MarkdownInputs.Referable(model);
        RenderedPage RenderOne(Page page) =>
            cache is null ? Render(page, model, renderer, glossary) : cache.GetOrRenderMarkdown(page, referable, () => Render(page, model, renderer, glossary));
        var rendered = documents.AsParallel().AsOrdered().Select(d => d with { Model = RenderOne(d.ModelAs<Page>()) }).ToList();
        cache?.EndMarkdown(!context.Diagnostics.HasErrors);
        var pages = rendered.Select(d => d.ModelAs<RenderedPage>()).ToList();
        var sourcesPage = new PageFactory(model).SourcesPage(pages);
        return rendered.Select(d => d.ModelAs<RenderedPage>().Page.Url == sourcesPage.Url
            ? d with { Model = d.ModelAs<RenderedPage>() with { Page = sourcesPage } }
            : d).ToList();
    }

    private static RenderedPage Render(Page page, SiteModel model, MarkdownRenderer renderer, GlossaryMatcher glossary)
    {
        var citations = new PageCitations();
        var links = new List<LinkUse>();
        // On the glossary page itself every term is defined already, so nothing is linked there.
        var linker = page.Layout == "glossary" ? null : new GlossaryLinker(glossary);
        var rendered = page.Markdown.Select(m => (m.Key, Output: renderer.Render(m.Text, citations, links, linker))).ToList();
        var html = rendered.ToDictionary(r => r.Key, r => r.Output.Html, StringComparer.Ordinal);
        var search = rendered.Aggregate(SearchText.Empty, (all, r) => all.Then(r.Output.Text));
        var anchors = citations.Sources.Select((s, i) => (s.Id, Anchor: $"cite-{i + 1}-1")).ToDictionary(p => p.Id, p => p.Anchor);
        foreach (var extra in page.Sources.Select(r => model.Find(EntityKind.Source, r.Id)).OfType<Source>()) citations.Cite(extra);
        var sources = citations.Sources.Select((s, i) => new CitedSource(i + 1, s.Id, s.Title, s.Publisher, s.Date?.Display,
            SiteModel.UrlOf(s), s.Url, anchors.GetValueOrDefault(s.Id))).ToList();
        var terms = linker?.TermsUsed.Select(t => new TermUse(t.Id, t.Term, t.Short)).ToList() ?? [];
        return new RenderedPage(page, html, sources, terms, links, search);
    }
}
