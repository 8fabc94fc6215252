using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Data;

/// <summary>An event in the story: <c>input/episodes/&lt;id&gt;.yml</c>.</summary>
public sealed record Episode(
    string Id, SourceSpan Location, string Title, PartialDate Date, PartialDate? EndDate, IReadOnlyList<Ref> Agencies,
    IReadOnlyList<Ref> People, string Summary, MarkdownText Body, string Outcome, bool AfterArticle, IReadOnlyList<Ref> Sources) : IEntity
{
    public string DisplayName => Title;

    public string DateDisplay => EndDate is null ? Date.Display : $"{Date.Display} to {EndDate.Display}";

    public static Episode? Read(string id, FieldReader r)
    {
        var title = r.Text("title");
        var date = r.Date("date");
        var endDate = r.Date("end_date", required: false);
        var agencies = r.Refs("agencies", required: true);
        var people = r.Refs("people");
        var summary = r.Text("summary");
        var body = r.Markdown("body");
        var outcome = r.Text("outcome");
        var after = r.Bool("after_article");
        var sources = r.Refs("sources", required: true);
        r.ReportUnknownFields();
        return title is null || date is null || summary is null || body is null || outcome is null
            ? null
            : new Episode(id, r.Location, title, date, endDate, agencies, people, summary, body, outcome, after, sources);
    }
}
