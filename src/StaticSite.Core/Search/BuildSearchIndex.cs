using System.Collections.Concurrent;
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
/// <remarks>
/// Each page's entry is written as UTF-8 JSON as soon as the page is done, and its words let go: holding every
/// page's words as .NET strings until the index was made took about 150 MB at 10,000 episodes.
/// </remarks>
public sealed class BuildSearchIndex(ExplainerState state) : DocumentModule
{
    // The index is fetched as JSON, never pasted into HTML, so relaxed escaping is safe and keeps it small.
    private static readonly SearchJson Json = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
        state.Model is { } model ? new Step(model) : null;

    private sealed class Step(SiteModel model) : IDocumentStep
    {
        private readonly ConcurrentDictionary<int, byte[]> entries = new();

        public Document Process(Document document, int index)
        {
            if (document.Model is not RenderedPage r) return document;
            if (SearchPage.Searchable(r.Page))
            {
                var entry = new SearchEntry(r.Page.Url, r.Page.Title, SearchPage.KindOf(r.Page.Layout), r.Page.Description, r.Search.Headings, r.Search.Body);
                entries[index] = JsonSerializer.SerializeToUtf8Bytes(entry, Json.SearchEntry);
            }
            return document with { Model = r with { Search = Markdown.SearchText.Empty } };
        }

        public IReadOnlyList<Document> Finish()
        {
            var people = model.People.Select(p => new SearchEntry(SiteModel.UrlOf(p), p.Name, "Person", $"{p.Role}. {p.Summary}", [], ""));
            var terms = model.Glossary.Select(g => new SearchEntry(SiteModel.UrlOf(g), g.Term, "Glossary term", g.Short, [], string.Join(" ", g.Matches)));
            var all = entries.OrderBy(e => e.Key).Select(e => e.Value)
                .Concat(people.Concat(terms).Select(e => JsonSerializer.SerializeToUtf8Bytes(e, Json.SearchEntry)));
            return [new Document(Diagnostics.SourceSpan.File("theme/layouts/search.liquid"), SearchPage.IndexUrl.TrimStart('/'), Bytes: JsonArray(all))];
        }

        // The same bytes as serialising the whole list at once: entries separated by commas, in brackets. Copied
        // into one array of the final size: a growing stream copied the megabytes of a large site's index again
        // at every doubling.
        private static byte[] JsonArray(IEnumerable<byte[]> entries)
        {
            var list = entries.ToList();
            var index = new byte[2 + list.Sum(e => e.Length) + Math.Max(0, list.Count - 1)];
            var at = 0;
            index[at++] = (byte)'[';
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) index[at++] = (byte)',';
                list[i].CopyTo(index, at);
                at += list[i].Length;
            }
            index[at] = (byte)']';
            return index;
        }
    }
}
