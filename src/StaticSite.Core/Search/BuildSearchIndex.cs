using System.Text.Json;
using StaticSite.Core.Data;
using StaticSite.Core.Documents;
using StaticSite.Core.Explainer;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Search;

/// <summary>
/// Writes the search index, <c>/search/index.json</c>, from the rendered pages: title, kind, summary,
/// headings and the text of the Markdown each page shows (read from its syntax tree while it was rendered; not the
/// navigation and footer every page repeats),
/// plus one entry for each person and glossary term, which live as anchors on shared pages.
/// </summary>
public sealed class BuildSearchIndex(ExplainerState state) : IModule
{
    // The index is fetched as JSON, never pasted into HTML, so relaxed escaping is safe and keeps it small.
    private static readonly SearchJson Json = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (state.Model is not { } model) return documents;
        var pages = documents.Select(d => d.Model).OfType<RenderedPage>().Where(r => SearchPage.Searchable(r.Page))
            .Select(r => new SearchEntry(r.Page.Url, r.Page.Title, SearchPage.KindOf(r.Page.Layout), r.Page.Description, r.Search.Headings, r.Search.Body));
        var people = model.People.Select(p => new SearchEntry(SiteModel.UrlOf(p), p.Name, "Person", $"{p.Role}. {p.Summary}", [], ""));
        var terms = model.Glossary.Select(g => new SearchEntry(SiteModel.UrlOf(g), g.Term, "Glossary term", g.Short, [], string.Join(" ", g.Matches)));
        var index = pages.Concat(people).Concat(terms).ToList();
        var file = new Document(Diagnostics.SourceSpan.File("theme/layouts/search.liquid"), SearchPage.IndexUrl.TrimStart('/'),
            Bytes: JsonSerializer.SerializeToUtf8Bytes(index, Json.ListSearchEntry));
        // Nothing reads the pages' words after this: let them go before the files are written.
        return [.. documents.Select(d => d.Model is RenderedPage r ? d with { Model = r with { Search = Markdown.SearchText.Empty } } : d), file];
    }
}
