using System.Text.Json;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// The site's data as files for journalists and researchers, from the same YAML as the pages. Field names
/// follow the YAML; the order of fields and of entities is fixed, so two builds write the same bytes.
/// </summary>
/// <remarks>
/// Written straight to UTF-8 with <see cref="Utf8JsonWriter"/>, into the file itself: neither a tree of
/// <c>JsonNode</c>s nor a whole file in memory, either of which would be large objects that set off full collections
/// while the pages are being made.
/// </remarks>
public sealed class OpenData(SiteModel model)
{
    public static readonly string[] EpisodeColumns =
        ["id", "url", "title", "date", "end_date", "agencies", "people", "summary", "outcome", "after_article", "sources"];

    public void Agencies(Stream file) => Envelope(file, "agencies", model.Agencies, (w, a) =>
    {
        w.WriteStrings(("id", a.Id), ("url", Url(a)), ("name", a.Name), ("short_name", a.ShortName), ("country", a.Country), ("kind", a.Kind),
            ("founded", a.Founded.Iso), ("parent", a.Parent), ("headquarters", a.Headquarters), ("summary", a.Summary));
        w.WriteStartArray("relations");
        foreach (var r in a.Relations)
        {
            w.WriteStartObject();
            w.WriteStrings(("agency", r.Agency.Id), ("kind", r.Kind), ("note", r.Note));
            Ids(w, "episodes", r.Episodes.Select(e => e.Id));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Ids(w, "episodes", model.EpisodesByAgency[a.Id].Select(e => e.Id));
        Ids(w, "sources", a.Sources.Select(s => s.Id));
    });

    public void Episodes(Stream file) => Envelope(file, "episodes", model.Episodes, (w, e) =>
    {
        w.WriteStrings(("id", e.Id), ("url", Url(e)), ("title", e.Title), ("date", e.Date.Iso), ("end_date", e.EndDate?.Iso), ("date_status", e.DateStatus));
        Ids(w, "agencies", e.Agencies.Select(r => r.Id));
        Ids(w, "people", e.People.Select(r => r.Id));
        w.WriteStrings(("summary", e.Summary), ("outcome", e.Outcome));
        w.WriteBoolean("after_article", e.AfterArticle);
        Ids(w, "sources", e.Sources.Select(r => r.Id));
    });

    public void People(Stream file) => Envelope(file, "people", model.People, (w, p) =>
    {
        w.WriteStrings(("id", p.Id), ("url", Url(p)), ("name", p.Name), ("role", p.Role), ("agency", p.Agency?.Id), ("organisation", p.Organisation));
        w.WriteBoolean("anonymous", p.Anonymous);
        w.WriteString("summary", p.Summary);
        Ids(w, "episodes", model.EpisodesByPerson[p.Id].Select(e => e.Id));
        Ids(w, "sources", p.Sources.Select(r => r.Id));
    });

    /// <summary>Every dated event, oldest first; its URL is its place in the milestones of the agency or episode it belongs to.</summary>
    public void Events(Stream file) => Envelope(file, "events",
        model.All(EntityKind.Event).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal), (w, e) =>
    {
        w.WriteStrings(("id", e.Id), ("url", model.Site.Absolute(SiteModel.UrlOf(e))), ("title", e.Title), ("date", e.Date.Iso),
            ("date_status", e.DateStatus), ("agency", e.Agency?.Id), ("episode", e.Episode?.Id));
        Ids(w, "sources", e.Sources.Select(r => r.Id));
    });

    /// <summary>One row per episode; lists are joined with semicolons, the columns are <see cref="EpisodeColumns"/>.</summary>
    public void EpisodesCsv(Stream file) => CsvText.Write(file, EpisodeColumns, model.Episodes.Select(e => (IReadOnlyList<string>)
    [
        e.Id, Url(e), e.Title, e.Date.Iso, e.EndDate?.Iso ?? "", Join(e.Agencies), Join(e.People), e.Summary, e.Outcome,
        e.AfterArticle ? "true" : "false", Join(e.Sources),
    ]));

    // The envelope says what the data is and under which licence, so a file passed on alone still carries both.
    private void Envelope<T>(Stream file, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields) => PublishText.Json(file, w =>
    {
        w.WriteStartObject();
        w.WriteString("title", model.Site.Title);
        w.WriteString("source", model.Site.BaseUrl);
        w.WriteStartObject("licence");
        w.WriteString("name", model.Site.Licence.Name);
        w.WriteString("url", model.Site.Licence.Url);
        w.WriteEndObject();
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            fields(w, item);
            w.WriteEndObject();
            // The writer keeps what it has written until flushed: unflushed, its buffer grows to the whole file on
            // the large object heap, which sets off full collections during the page pass.
            if (w.BytesPending > FlushAt) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private const int FlushAt = 16 * 1024;

    private string Url(IEntity entity) => model.Site.Absolute(SiteModel.UrlOf(entity));

    private static void Ids(Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids) w.WriteStringValue(id);
        w.WriteEndArray();
    }

    private static string Join(IEnumerable<Ref> refs) => string.Join(';', refs.Select(r => r.Id));
}
