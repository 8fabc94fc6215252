using System.Text;
using StaticSite.Explainer.Data;
using static StaticSite.Explainer.Outputs.Visuals.Markup;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// The timeline, drawn at build time as inline SVG on a true (broken) time axis, followed by the same
/// episodes as an ordered list, which is what screen readers and a page without CSS get to read.
/// The full form labels every episode; the compact form (on episode pages) labels only the current one.
/// </summary>
public static class TimelineFigure
{
    private const double Width = 960;
    private const double Left = 24;
    private const double Right = Width - 24;
    private const double AxisY = 48;
    private const double RowHeight = 32;

    public static string Full(IReadOnlyList<Episode> episodes) => Text(into => Full(into, episodes));

    /// <summary>The full timeline, written after what <paramref name="into"/> holds.</summary>
    public static void Full(StringBuilder into, IReadOnlyList<Episode> episodes) => Draw(new Markup(into), episodes, current: null, id: "timeline");

    /// <summary>How many episodes either side of the current one the small timeline shows.</summary>
    public const int Neighbours = 4;

    /// <summary>
    /// The current episode among its neighbours. Drawing every episode on every episode page made each page
    /// grow with the site and the build grow with its square (7.8 s of a 37 s build at 1,000 episodes).
    /// </summary>
    public static string Compact(IReadOnlyList<Episode> episodes, int index) => Text(into => Compact(into, episodes, index));

    /// <summary>The small timeline, written after what <paramref name="into"/> holds.</summary>
    public static void Compact(StringBuilder into, IReadOnlyList<Episode> episodes, int index)
    {
        var current = episodes[index];
        var from = Math.Max(0, index - Neighbours);
        var nearby = episodes.Skip(from).Take(Math.Min(episodes.Count, index + Neighbours + 1) - from).ToList();
        Draw(new Markup(into), nearby, current, id: "timeline-mini", position: (index + 1, episodes.Count));
    }

    private static string Text(Action<StringBuilder> draw)
    {
        var text = new StringBuilder();
        draw(text);
        return text.ToString();
    }

    private static void Draw(Markup m, IReadOnlyList<Episode> episodes, Episode? current, string id, (int Number, int Of) position = default)
    {
        var axis = new TimelineAxis(episodes.Select(Span), Left, Right);
        var compact = current is not null;
        var height = compact ? AxisY + 56 : AxisY + 40 + episodes.Count * RowHeight;
        var gap = axis.Segments.Where(s => s.IsBreak).Select(s => $"{s.From}–{s.To - 1}").ToList();
        var gapNote = gap.Count == 0 ? "" : $" The axis is broken over {string.Join(" and ", gap)}, when no episode happened; those years are not drawn to scale.";
        var description = compact
            ? $"{current!.Title} ({current.DateDisplay}) is episode {position.Number} of {position.Of}; the episodes drawn here run from the {axis.FirstYear}s to the {axis.LastYear - 10}s.{gapNote}"
            : $"{episodes.Count} episodes from the {axis.FirstYear}s to the {axis.LastYear - 10}s, oldest first.{gapNote}";

        m.Html("figure", ("class", compact ? "timeline timeline-compact" : "timeline"));
        m.Svg("svg", ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", "100%"), ("class", "timeline-svg"), ("role", "group"),
            ("aria-labelledby", $"{id}-title"), ("aria-describedby", $"{id}-desc"));
        m.SvgText("title", compact ? "Where this episode falls on the timeline" : "Timeline of the episodes", ("id", $"{id}-title"));
        m.SvgText("desc", description, ("id", $"{id}-desc"));
        DrawAxis(m, axis);
        if (!compact) DrawLeaders(m, axis, episodes);
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            // The same episode, not an equal one: a record's == compares every field, lists and all.
            if (compact) DrawCompactMark(m, axis, episode, ReferenceEquals(episode, current));
            else DrawRow(m, axis, episode, AxisY + 40 + i * RowHeight);
        }
        m.End();
        m.Element("figcaption", (compact ? "Where this episode falls among the others." : "Every episode on one time axis.") + gapNote, ("id", $"{id}-caption"));
        m.End();

        if (compact) m.Html("details", ("class", "timeline-details")).Element("summary", episodes.Count == position.Of ? "All episodes in date order" : "Nearby episodes in date order");
        m.Html("ol", ("class", "timeline-list"));
        foreach (var episode in episodes)
        {
            m.Html("li").Element("a", episode.Title, ("href", SiteModel.UrlOf(episode)), ("aria-current", ReferenceEquals(episode, current) ? "page" : null))
                .Text(" ").Html("span", ("class", "note")).Element("time", episode.DateDisplay, ("datetime", episode.Date.Iso)).End().End();
        }
        m.End();
        if (compact) m.End();
    }

    private static (double Start, double End) Span(Episode e) => (e.Date.YearFraction, e.EndDate?.YearFraction ?? e.Date.YearFraction);

    private static void DrawAxis(Markup m, TimelineAxis axis)
    {
        m.Svg("g", ("class", "tl-axis"), ("aria-hidden", "true"));
        foreach (var s in axis.Segments)
        {
            if (s.IsBreak)
            {
                // A dotted stretch between two slanted strokes: the usual mark for an axis that skips a range.
                m.SvgElement("line", ("class", "tl-gap"), ("x1", N(s.Left)), ("y1", N(AxisY)), ("x2", N(s.Right)), ("y2", N(AxisY)));
                foreach (var x in new[] { s.Left + 10, s.Right - 10 })
                {
                    m.SvgElement("line", ("class", "tl-break"), ("x1", N(x - 5)), ("y1", N(AxisY + 9)), ("x2", N(x + 5)), ("y2", N(AxisY - 9)));
                }
            }
            else
            {
                m.SvgElement("line", ("class", "tl-line"), ("x1", N(s.Left)), ("y1", N(AxisY)), ("x2", N(s.Right)), ("y2", N(AxisY)));
            }
        }
        foreach (var year in axis.Segments.Select(s => s.From).Append(axis.LastYear))
        {
            var x = axis.X(year);
            m.SvgElement("line", ("class", "tl-tick"), ("x1", N(x)), ("y1", N(AxisY - 6)), ("x2", N(x)), ("y2", N(AxisY + 6)));
            var anchor = year == axis.FirstYear ? "start" : year == axis.LastYear ? "end" : "middle";
            m.SvgText("text", year.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "tl-year"), ("x", N(x)), ("y", N(AxisY - 14)), ("text-anchor", anchor));
        }
        m.End();
    }

    private static void DrawRow(Markup m, TimelineAxis axis, Episode episode, double y)
    {
        var (start, end) = Span(episode);
        var x = axis.X(start);
        var leftHalf = x < Width / 2;
        m.Svg("a", ("href", SiteModel.UrlOf(episode)), ("class", "tl-entry"));
        DrawMark(m, axis, x, axis.X(end));
        // SVG cannot measure text, so the backing is an estimate from the length (about 0.56 em a character);
        // it lets a later episode's leader line pass behind this label rather than through it.
        var width = episode.Title.Length * 0.56 * 18 + episode.DateDisplay.Length * 0.56 * 15 + 12;
        m.SvgElement("rect", ("class", "tl-label-bg"), ("x", N(leftHalf ? x + 1 : x - 1 - width)), ("y", N(y - 12)), ("width", N(width)), ("height", "24"));
        m.Svg("text", ("class", "tl-label"), ("x", N(leftHalf ? x + 4 : x - 4)), ("y", N(y + 5)), ("text-anchor", leftHalf ? "start" : "end"));
        m.Text(episode.Title + " ").SvgText("tspan", episode.DateDisplay, ("class", "tl-date"));
        m.End().End();
    }

    private static void DrawLeaders(Markup m, TimelineAxis axis, IReadOnlyList<Episode> episodes)
    {
        m.Svg("g", ("aria-hidden", "true"));
        for (var i = 0; i < episodes.Count; i++)
        {
            var x = axis.X(Span(episodes[i]).Start);
            m.SvgElement("line", ("class", "tl-leader"), ("x1", N(x)), ("y1", N(AxisY + 8)), ("x2", N(x)), ("y2", N(AxisY + 40 + i * RowHeight)));
        }
        m.End();
    }

    private static void DrawCompactMark(Markup m, TimelineAxis axis, Episode episode, bool isCurrent)
    {
        var (start, end) = Span(episode);
        var x = axis.X(start);
        var name = $"{episode.Title}, {episode.DateDisplay}";
        m.Svg("a", ("href", SiteModel.UrlOf(episode)), ("class", isCurrent ? "tl-entry is-current" : "tl-entry"),
            // The current mark shows "This episode: <date>"; its name starts with that visible text (WCAG 2.5.3).
            ("aria-label", isCurrent ? $"This episode: {episode.DateDisplay}, {episode.Title}" : name));
        m.SvgText("title", name);
        DrawMark(m, axis, x, axis.X(end), isCurrent ? 11 : 7);
        if (isCurrent)
        {
            var anchor = x < Width / 3 ? "start" : x > Width * 2 / 3 ? "end" : "middle";
            m.SvgText("text", $"This episode: {episode.DateDisplay}", ("class", "tl-label"), ("x", N(x)), ("y", N(AxisY + 34)), ("text-anchor", anchor));
        }
        m.End();
    }

    private static void DrawMark(Markup m, TimelineAxis axis, double x, double endX, double radius = 7)
    {
        if (endX - x > 1) m.SvgElement("rect", ("class", "tl-span"), ("x", N(x)), ("y", N(AxisY - 4)), ("width", N(endX - x)), ("height", "8"), ("rx", "4"));
        m.SvgElement("circle", ("class", "tl-mark"), ("cx", N(x)), ("cy", N(AxisY)), ("r", N(radius)));
    }
}
