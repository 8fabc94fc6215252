using System.Text.Json;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Markdown;

namespace StaticSite.Explainer.Outputs.Search;

/// <summary>
/// Writes the search index, <c>/search/index.json</c>, from the rendered pages: title, kind and summary to show,
/// and the terms (<see cref="SearchTerms"/>) of the title and other names, of the summary and headings, and of the
/// text of the Markdown each page shows (read from its syntax tree while it was rendered; not the navigation and
/// footer every page repeats), plus one entry for each person and glossary term, which live as anchors on shared pages.
/// </summary>
/// <remarks>
/// Each page's entry is written as UTF-8 JSON as soon as the page is done, and its words let go: holding every
/// page's words as .NET strings until the index is made would grow with the site.
/// </remarks>
public sealed class BuildSearchIndex(SiteModel model, StagingFolder? staging = null) : DocumentModule
{
    // The index is fetched as JSON, never pasted into HTML, so relaxed escaping is safe and keeps it small.
    private static readonly SearchJson Json = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // Given a writer, the serializer escapes as the writer's options say, so these say the same.
    private static readonly ThreadJsonWriter Writer = new(new JsonWriterOptions { Encoder = Json.Options.Encoder });

    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context)
    {
        // Written straight into the build's staging folder when there is one: a large site's index is tens of megabytes.
        var file = staging?.Create(Destination);
        return new Step(model, file?.Path, file?.Stream ?? new MemoryStream(), documents.Count);
    }

    private static readonly string Destination = SearchPage.IndexUrl.TrimStart('/');

    private sealed class Step(SiteModel model, string? path, Stream stream, int pages) : IDocumentStep, IDisposable
    {
        private readonly SearchIndexWriter index = new(stream, pages);

        public Document Process(Document document, int index)
        {
            if (document.Model is not RenderedPage r)
            {
                this.index.Add(index, []);
                return document;
            }
            if (r.Page.Kind.Searchable) WriteEntry(index, r.Page, r.Search);
            else this.index.Add(index, []);
            return document with { Model = r with { Search = SearchText.Empty } };
        }

        private void WriteEntry(int index, Page page, SearchText text)
        {
            var entry = SearchEntry.Of(page.Url, page.Title, page.Kind.Label, page.Description, OtherNames(page), text.Headings, text.Body);
            this.index.Add(index, Writer.Write(w => JsonSerializer.Serialize(w, entry, Json.SearchEntry)));
        }

        // An agency's other names (MI6 for SIS) find its page as its title does.
        private static IEnumerable<string> OtherNames(Page page) => page.Data is AgencyView agency ? agency.Agency.AlsoKnownAs : [];

        public IReadOnlyList<Document> Finish()
        {
            var people = model.People.Select(p => SearchEntry.Of(SiteModel.UrlOf(p), p.Name, "Person", $"{p.Role}. {p.Summary}", p.AlsoKnownAs, [], ""));
            var terms = model.Glossary.Select(g => SearchEntry.Of(SiteModel.UrlOf(g), g.Term, "Glossary term", g.Short, g.AlsoKnownAs.Concat(g.Matches), [], ""));
            index.Finish(people.Concat(terms).Select(e => JsonSerializer.SerializeToUtf8Bytes(e, Json.SearchEntry)));
            stream.Dispose();
            var source = SourceSpan.File("theme/layouts/search.liquid");
            return [new Document(source, Destination, path is not null ? Content.InFile(path) : Content.Of(((MemoryStream)stream).ToArray()))];
        }

        public void Dispose() => stream.Dispose();
    }
}
