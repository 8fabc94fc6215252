using System.Text.Json.Nodes;
using StaticSite.Core.Data;

namespace StaticSite.Core.Publishing;

/// <summary>
/// The site's data as files for journalists and researchers, from the same YAML as the pages. Field names
/// follow the YAML; the order of fields and of entities is fixed, so two builds write the same bytes.
/// </summary>
public sealed class OpenData(SiteModel model)
{
    public static readonly string[] EpisodeColumns =
        ["id", "url", "title", "date", "end_date", "agencies", "people", "summary", "outcome", "after_article", "sources"];

    public JsonObject Agencies() => Envelope("agencies", model.Agencies.Select(a =>
    {
        var relations = new JsonArray();
        foreach (var r in a.Relations)
        {
            relations.Add((JsonNode)new JsonObject { ["agency"] = r.Agency.Id, ["kind"] = r.Kind, ["note"] = r.Note, ["episodes"] = Ids(r.Episodes) });
        }
        return new JsonObject
        {
            ["id"] = a.Id,
            ["url"] = Url(a),
            ["name"] = a.Name,
            ["short_name"] = a.ShortName,
            ["country"] = a.Country,
            ["kind"] = a.Kind,
            ["founded"] = a.Founded.Iso,
            ["parent"] = a.Parent,
            ["headquarters"] = a.Headquarters,
            ["summary"] = a.Summary,
            ["relations"] = relations,
            ["episodes"] = Ids(model.EpisodesByAgency[a.Id].Select(e => e.Id)),
            ["sources"] = Ids(a.Sources),
        };
    }));

    public JsonObject Episodes() => Envelope("episodes", model.Episodes.Select(e => new JsonObject
    {
        ["id"] = e.Id,
        ["url"] = Url(e),
        ["title"] = e.Title,
        ["date"] = e.Date.Iso,
        ["end_date"] = e.EndDate?.Iso,
        ["agencies"] = Ids(e.Agencies),
        ["people"] = Ids(e.People),
        ["summary"] = e.Summary,
        ["outcome"] = e.Outcome,
        ["after_article"] = e.AfterArticle,
        ["sources"] = Ids(e.Sources),
    }));

    public JsonObject People() => Envelope("people", model.People.Select(p => new JsonObject
    {
        ["id"] = p.Id,
        ["url"] = Url(p),
        ["name"] = p.Name,
        ["role"] = p.Role,
        ["anonymous"] = p.Anonymous,
        ["summary"] = p.Summary,
        ["episodes"] = Ids(model.EpisodesByPerson[p.Id].Select(e => e.Id)),
        ["sources"] = Ids(p.Sources),
    }));

    /// <summary>One row per episode; lists are joined with semicolons, the columns are <see cref="EpisodeColumns"/>.</summary>
    public string EpisodesCsv() => CsvText.Write(EpisodeColumns, model.Episodes.Select(e => (IReadOnlyList<string>)
    [
        e.Id, Url(e), e.Title, e.Date.Iso, e.EndDate?.Iso ?? "", Join(e.Agencies), Join(e.People), e.Summary, e.Outcome,
        e.AfterArticle ? "true" : "false", Join(e.Sources),
    ]));

    // The envelope says what the data is and under which licence, so a file passed on alone still carries both.
    private JsonObject Envelope(string name, IEnumerable<JsonObject> items)
    {
        var array = new JsonArray();
        foreach (var item in items) array.Add((JsonNode)item);
        return new JsonObject
        {
            ["title"] = model.Site.Title,
            ["source"] = model.Site.BaseUrl,
            ["licence"] = new JsonObject { ["name"] = model.Site.Licence.Name, ["url"] = model.Site.Licence.Url },
            [name] = array,
        };
    }

    private string Url(IEntity entity) => PublishText.Absolute(model.Site, SiteModel.UrlOf(entity));

    private static JsonArray Ids(IEnumerable<Ref> refs) => Ids(refs.Select(r => r.Id));

    private static JsonArray Ids(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode?)JsonValue.Create(id))]);

    private static string Join(IEnumerable<Ref> refs) => string.Join(';', refs.Select(r => r.Id));
}
