using System.Buffers;
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
public sealed class BuildSearchIndex(ExplainerState state, IO.StagingFolder? staging = null) : DocumentModule
{
    // The index is fetched as JSON, never pasted into HTML, so relaxed escaping is safe and keeps it small.
    private static readonly SearchJson Json = new(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // Given a writer, the serializer escapes as the writer's options say, so these say the same.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Json.Options.Encoder };

    // Each thread's buffer and writer for one entry, emptied for its next page.
    [ThreadStatic] private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? spare;

    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
        state.Model is { } model ? new Step(model, new SearchEntries(documents.Count), staging) : null;

    private sealed class Step(SiteModel model, SearchEntries entries, IO.StagingFolder? staging) : IDocumentStep
    {
        public Document Process(Document document, int index)
        {
            if (document.Model is not RenderedPage r) return document;
            if (SearchPage.Searchable(r.Page))
            {
                var entry = new SearchEntry(r.Page.Url, r.Page.Title, SearchPage.KindOf(r.Page.Layout), r.Page.Description, r.Search.Headings, r.Search.Body);
                var (buffer, writer) = spare ?? (new ArrayBufferWriter<byte>(), new Utf8JsonWriter(Stream.Null, WriterOptions));
                spare = null; // taken, in case an entry is ever written while another is
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                JsonSerializer.Serialize(writer, entry, Json.SearchEntry);
                entries.Add(index, buffer.WrittenSpan);
                spare = (buffer, writer);
            }
            return document with { Model = r with { Search = Markdown.SearchText.Empty } };
        }

        public IReadOnlyList<Document> Finish()
        {
            var people = model.People.Select(p => new SearchEntry(SiteModel.UrlOf(p), p.Name, "Person", $"{p.Role}. {p.Summary}", [], ""));
            var terms = model.Glossary.Select(g => new SearchEntry(SiteModel.UrlOf(g), g.Term, "Glossary term", g.Short, [], string.Join(" ", g.Matches)));
            var more = people.Concat(terms).Select(e => JsonSerializer.SerializeToUtf8Bytes(e, Json.SearchEntry)).ToList();
            var source = Diagnostics.SourceSpan.File("theme/layouts/search.liquid");
            var destination = SearchPage.IndexUrl.TrimStart('/');
            // Written straight into the build's staging folder when there is one: a large site's index is tens of
            // megabytes, and as one array it was copied again at every doubling of a stream, then once more.
            if (staging?.Write(destination, stream => entries.WriteTo(stream, more)) is { } path) return [new Document(source, destination, ContentFile: path)];
            using var memory = new MemoryStream();
            entries.WriteTo(memory, more);
            return [new Document(source, destination, Bytes: memory.ToArray())];
        }
    }
}
