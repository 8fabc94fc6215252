using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticSite.Core.Data;
using StaticSite.Core.Documents;
using StaticSite.Core.Explainer;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Search;

/// <summary>
/// Writes the search index, <c>/search/index.json</c>, from the rendered pages: title, kind, summary,
/// headings and the text of the Markdown each page shows (not the navigation and footer every page repeats),
/// plus one entry for each person and glossary term, which live as anchors on shared pages.
/// </summary>
public sealed class BuildSearchIndex(ExplainerState state) : IModule
{
    // The index is fetched as JSON, never pasted into HTML, so relaxed escaping is safe and keeps it small.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (state.Model is not { } model) return documents;
        var parser = new HtmlParser();
        var memo = state.Cache?.SearchEntries;
        memo?.Begin();
        var pages = documents.Select(d => d.Model).OfType<RenderedPage>().Where(r => SearchPage.Searchable(r.Page))
            .Select(r => memo is null ? Entry(r, parser) : memo.GetOrAdd(FingerprintOf(r), () => Entry(r, parser)));
        var people = model.People.Select(p => new SearchEntry(SiteModel.UrlOf(p), p.Name, "Person", $"{p.Role}. {p.Summary}", [], ""));
        var terms = model.Glossary.Select(g => new SearchEntry(SiteModel.UrlOf(g), g.Term, "Glossary term", g.Short, [], string.Join(" ", g.Matches)));
        var index = pages.Concat(people).Concat(terms).ToList();
        var file = new Document(Diagnostics.SourceSpan.File("theme/layouts/search.liquid"), SearchPage.IndexUrl.TrimStart('/'),
            Text: JsonSerializer.Serialize(index, Json));
        return [.. documents, file];
    }

    private static SearchEntry Entry(RenderedPage r, HtmlParser parser)
    {
        var fragments = r.Page.Markdown.Select(m => r.Html.GetValueOrDefault(m.Key)).OfType<string>().Select(h => parser.ParseDocument(h)).ToList();
        // Citation numbers ("[1]") are noise to a reader searching for words.
        foreach (var sup in fragments.SelectMany(f => f.QuerySelectorAll("sup.cite")).ToList()) sup.Remove();
        var headings = fragments.SelectMany(f => f.QuerySelectorAll("h2, h3")).Select(h => Squash(h.TextContent)).ToList();
        var body = string.Join(" ", fragments.Select(f => Squash(f.Body?.TextContent ?? "")));
        return new SearchEntry(r.Page.Url, r.Page.Title, SearchPage.KindOf(r.Page.Layout), r.Page.Description, headings, body);
    }

    /// <summary>Everything <see cref="Entry"/> reads, for preview to reuse an entry whose page did not change.</summary>
    private static string FingerprintOf(RenderedPage r)
    {
        using var fingerprint = new Fingerprint();
        fingerprint.Add(r.Page.Url).Add(r.Page.Title).Add(r.Page.Layout).Add(r.Page.Description).Add(r.Page.Markdown.Count);
        foreach (var (key, _) in r.Page.Markdown) fingerprint.Add(key).Add(r.Html.GetValueOrDefault(key));
        return fingerprint.Finish();
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
