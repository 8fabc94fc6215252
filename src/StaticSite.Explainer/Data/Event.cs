using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>
/// A dated milestone that is not an episode of its own: <c>input/events/&lt;id&gt;.yml</c>. It belongs to one agency
/// or one episode, whose page lists it.
/// </summary>
public sealed record Event(
    string Id, SourceSpan Location, string Title, PartialDate Date, string? DateStatus, Ref? Agency, Ref? Episode, IReadOnlyList<Ref> Sources) : IEntity
{
    public string DisplayName => Title;

    public string Summary => Title;

    /// <summary>The date as pages show it, marked when it is an estimate or disputed.</summary>
    public string DateDisplay { get; } = Data.Episode.DisplayOf(Date, null, DateStatus);

    /// <summary>The agency or episode whose page lists it.</summary>
    public (Ref Id, EntityKind Kind) Owner => Agency is { } agency ? (agency, EntityKind.Agency) : (Episode!.Value, EntityKind.Episode);

    public static Event? Read(string id, FieldReader r)
    {
        var title = r.Text("title");
        var date = r.Date("date");
        var dateStatus = r.OptionalChoice("date_status", Data.Episode.DateStatuses);
        var agency = r.OptionalRef("agency");
        var episode = r.OptionalRef("episode");
        var sources = r.Refs("sources", required: true);
        r.ReportUnknownFields();
        if ((agency is null) == (episode is null))
        {
            r.Diagnostics.Error(r.Location, "DATA021", $"an event belongs to one agency or one episode, whose page lists it: give either 'agency:' or 'episode:'{(agency is null ? "" : ", not both")}");
            return null;
        }
        return title is null || date is null ? null : new Event(id, r.Location, title, date, dateStatus, agency, episode, sources);
    }
}
