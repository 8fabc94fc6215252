using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>What the timeline draws and lists: an episode, a dated event, or the article's publication.</summary>
public enum TimelineEntryKind { Episode, Event, Article }

/// <summary>
/// One dated thing on the timeline, with the page it links to: an episode's own page, the place on its owner's
/// page where an event is listed, or the article itself. <paramref name="Owner"/> names an event's agency or
/// episode, or the article's title, author and publication.
/// </summary>
public sealed record TimelineEntry(
    TimelineEntryKind Kind, string Title, PartialDate Date, PartialDate? End, string DateDisplay, string Url, string? Owner)
{
    /// <summary>From the start of what the date says to the end of it: a year-only date covers the whole year.</summary>
    public (double Start, double End) Extent => (StartOf(Date), EndOf(End ?? Date));

    /// <summary>Whether the entry overlaps the years from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Overlaps(double from, double to) => Extent.Start < to && Extent.End > from;

    /// <summary>Every episode and event and the article, oldest first; on one date, episodes before events.</summary>
    public static IReadOnlyList<TimelineEntry> Of(SiteModel site)
    {
        var article = site.Site.Article;
        var entries = new List<TimelineEntry>();
        entries.AddRange(site.Episodes.Select(e => new TimelineEntry(
            TimelineEntryKind.Episode, e.Title, e.Date, e.EndDate, e.DateDisplay, SiteModel.UrlOf(e), null)));
        foreach (var e in site.All(EntityKind.Event))
        {
            var owner = site.Find(e.Owner.Kind, e.Owner.Id.Id)!;
            entries.Add(new TimelineEntry(TimelineEntryKind.Event, e.Title, e.Date, null, e.DateDisplay,
                $"{SiteModel.UrlOf(owner)}#event-{e.Id}", owner.DisplayName));
        }
        entries.Add(new TimelineEntry(TimelineEntryKind.Article, "The article is published",
            article.Date, null, article.Date.Display, article.Url, $"“{article.Title}”, {article.Author}, {article.Publication}"));
        // A stable order: by date, then kind, then title, so two builds always agree.
        return [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }

    private static double StartOf(PartialDate d) =>
        d.Month is null ? d.Year : d.Day is null ? d.Year + (d.Month.Value - 1) / 12.0 : d.YearFraction - 0.5 / DaysIn(d.Year);

    private static double EndOf(PartialDate d) =>
        d.Month is null ? d.Year + 1 : d.Day is null ? d.Year + d.Month.Value / 12.0 : d.YearFraction + 0.5 / DaysIn(d.Year);

    private static double DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
}
