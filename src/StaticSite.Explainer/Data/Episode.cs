using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>An event in the story: <c>input/episodes/&lt;id&gt;.yml</c>.</summary>
public sealed record Episode(
    string Id, SourceSpan Location, string Title, PartialDate Date, PartialDate? EndDate, string? DateStatus, IReadOnlyList<Ref> Agencies,
    IReadOnlyList<Ref> People, string Summary, MarkdownText Body, string Outcome, bool AfterArticle, IReadOnlyList<Ref> Sources) : IEntity
{
    /// <summary>What <c>date_status</c> may say: the date is our estimate, or the sources give different dates.</summary>
    public static readonly string[] DateStatuses = ["estimated", "disputed"];

    public string DisplayName => Title;

    /// <summary>The dates as every page shows them, with the mark of an estimate or a dispute, so no list shows one bare.</summary>
    public string DateDisplay { get; } = DisplayOf(Date, EndDate, DateStatus);

    /// <summary>One sentence on an estimated or disputed date, for the episode's own page.</summary>
    public string? DateStatusNote => DateStatus switch
    {
        "estimated" => "Estimated: our sources do not give the exact date.",
        "disputed" => "Sources differ on this date; the text below says how.",
        _ => null,
    };

    /// <summary>A date or range as pages show it, marked when it is an estimate or disputed.</summary>
    internal static string DisplayOf(PartialDate date, PartialDate? end, string? status)
    {
        var dates = end is null ? date.Display : $"{date.Display} to {end.Display}";
        return status switch
        {
            "estimated" => $"{dates} (estimated)",
            "disputed" => $"{dates} (sources differ)",
            _ => dates,
        };
    }

    public static Episode? Read(string id, FieldReader r)
    {
        var title = r.Text("title");
        var date = r.Date("date");
        var endDate = r.Date("end_date", required: false);
        var dateStatus = r.OptionalChoice("date_status", DateStatuses);
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
            : new Episode(id, r.Location, title, date, endDate, dateStatus, agencies, people, summary, body, outcome, after, sources);
    }
}
