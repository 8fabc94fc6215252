using System.Text;
using StaticSite.Explainer.Data;
using static StaticSite.Explainer.Outputs.Visuals.Markup;
using static StaticSite.Explainer.Outputs.Visuals.TimelineDrawing;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// The small timeline on an episode page: the episode among its neighbours, each a linked mark, the current one
/// labelled, then the same episodes as an ordered list in a <c>&lt;details&gt;</c>. Drawn 400 units wide, so on
/// a 375 px phone a unit is still above 0.8 CSS px and its 16-unit text above 12 px.
/// </summary>
public static class TimelineCompact
{
    private const double Width = 400;
    private const double Left = 12;
    private const double Right = Width - 12;
    private const double AxisY = 40;

    /// <summary>How many episodes either side of the current one the small timeline shows.</summary>
    public const int Neighbours = 4;

    /// <summary>
    /// The current episode among its neighbours. Drawing every episode on every episode page made each page
    /// grow with the site and the build grow with its square.
    /// </summary>
    public static string Of(IReadOnlyList<Episode> episodes, int index)
    {
        var text = new StringBuilder();
        Write(text, episodes, index);
        return text.ToString();
    }

    /// <summary>The small timeline, written after what <paramref name="into"/> holds.</summary>
    public static void Write(StringBuilder into, IReadOnlyList<Episode> episodes, int index)
    {
        var current = episodes[index];
        var from = Math.Max(0, index - Neighbours);
        var nearby = episodes.Skip(from).Take(Math.Min(episodes.Count, index + Neighbours + 1) - from).ToList();
        var axis = new TimelineAxis(nearby.Select(Extent), Left, Right);
        var height = AxisY + 60;
        var gap = axis.Segments.Where(s => s.IsBreak).Select(s => $"{s.From}–{s.To - 1}").ToList();
        var gapNote = gap.Count == 0 ? "" : $" The axis is broken over {string.Join(" and ", gap)}, when no episode drawn here happened; those years are not drawn to scale.";

        var m = new Markup(into);
        m.Html("figure", ("class", "timeline timeline-compact"));
        m.Svg("svg", ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", "100%"), ("class", "timeline-svg"), ("role", "group"),
            ("aria-labelledby", "timeline-mini-title"), ("aria-describedby", "timeline-mini-desc"));
        m.SvgText("title", "Where this episode falls on the timeline", ("id", "timeline-mini-title"));
        m.SvgText("desc", $"{current.Title} ({current.DateDisplay}) is episode {index + 1} of {episodes.Count}; the episodes drawn here run from {axis.FirstYear} to {axis.LastYear - 1}.{gapNote}", ("id", "timeline-mini-desc"));
        Axis(m, axis, AxisY);
        foreach (var episode in nearby)
        {
            // The same episode, not an equal one: a record's == compares every field, lists and all.
            var isCurrent = ReferenceEquals(episode, current);
            var (start, end) = Extent(episode);
            var x = axis.X(start);
            var name = $"{episode.Title}, {episode.DateDisplay}";
            m.Svg("a", ("href", SiteModel.UrlOf(episode)), ("class", isCurrent ? "tl-entry is-current" : "tl-entry"),
                // The current mark shows "This episode: <date>"; its name starts with that visible text (WCAG 2.5.3).
                ("aria-label", isCurrent ? $"This episode: {episode.DateDisplay}, {episode.Title}" : name));
            m.SvgText("title", name);
            Mark(m, x, axis.X(end), AxisY, "is-episode", isCurrent ? 9 : 6);
            if (isCurrent)
            {
                // Two lines, so that a range or a marked estimate is written in full and still fits.
                var width = Math.Max(WidthOf("This episode:"), WidthOf(current.DateDisplay));
                var anchor = x - width / 2 < Left ? "start" : x + width / 2 > Right ? "end" : "middle";
                var textX = N(anchor == "start" ? Left : anchor == "end" ? Right : x);
                m.SvgText("text", "This episode:", ("class", "tl-label"), ("x", textX), ("y", N(AxisY + 30)), ("text-anchor", anchor));
                m.SvgText("text", current.DateDisplay, ("class", "tl-label"), ("x", textX), ("y", N(AxisY + 50)), ("text-anchor", anchor));
            }
            m.End();
        }
        m.End();
        m.Element("figcaption", "Where this episode falls among the others." + gapNote, ("id", "timeline-mini-caption"));
        m.End();

        m.Html("details", ("class", "timeline-details")).Element("summary", nearby.Count == episodes.Count ? "All episodes in date order" : "Nearby episodes in date order");
        m.Html("ol", ("class", "timeline-list"));
        foreach (var episode in nearby)
        {
            m.Html("li").Element("a", episode.Title, ("href", SiteModel.UrlOf(episode)), ("aria-current", ReferenceEquals(episode, current) ? "page" : null))
                .Text(" ").Html("span", ("class", "note")).Element("time", episode.DateDisplay, ("datetime", episode.Date.Iso)).End().End();
        }
        m.End().End();
    }

    private static (double Start, double End) Extent(Episode e) =>
        new TimelineEntry(TimelineEntryKind.Episode, e.Title, e.Date, e.EndDate, e.DateDisplay, "", null).Extent;
}
