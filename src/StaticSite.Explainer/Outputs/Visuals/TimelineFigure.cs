using System.Globalization;
using System.Text;
using static StaticSite.Explainer.Outputs.Visuals.Markup;
using static StaticSite.Explainer.Outputs.Visuals.TimelineDrawing;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// The timeline page: every episode, every dated event and the article's publication. Two drawings for wide
/// screens, the whole span on a true (broken) time axis and the months where events crowd enlarged, then every
/// entry as an ordered list, which the stylesheet draws as a vertical timeline. On a narrow screen the list is the
/// timeline (the drawings would have to shrink their text); it is also what screen readers and a page without
/// CSS read. Every entry links to its episode, to its place on its owner's page, or to the article.
/// </summary>
public static class TimelineFigure
{
    private const double Width = 720;
    private const double Left = 16;
    private const double Right = Width - 16;
    private const double AxisY = 64;
    private const double RowHeight = 30;
    private const double ZoomRowHeight = 48;

    /// <summary>The months drawn enlarged: January to July 2020, from the delegation to the reversal.</summary>
    public static readonly (int Year, int FirstMonth, int LastMonth) Zoom = (2020, 1, 7);

    public static string Full(IReadOnlyList<TimelineEntry> entries) => Text(into => Full(into, entries));

    /// <summary>The drawings and the list, written after what <paramref name="into"/> holds.</summary>
    public static void Full(StringBuilder into, IReadOnlyList<TimelineEntry> entries)
    {
        var m = new Markup(into);
        m.Html("div", ("class", "timeline-wide"));
        Overview(m, entries);
        Enlarged(m, entries);
        m.End();
        List(m, entries);
    }

    private static string Text(Action<StringBuilder> draw)
    {
        var text = new StringBuilder();
        draw(text);
        return text.ToString();
    }

    private static (double From, double To) ZoomYears => (Zoom.Year + (Zoom.FirstMonth - 1) / 12.0, Zoom.Year + Zoom.LastMonth / 12.0);

    private static string ZoomName => $"{MonthName(Zoom.FirstMonth)} to {MonthName(Zoom.LastMonth)} {Zoom.Year}";

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>Every entry on one axis: the episodes labelled on rows of their own, the events as dots on the axis.</summary>
    private static void Overview(Markup m, IReadOnlyList<TimelineEntry> entries)
    {
        var axis = new TimelineAxis(entries.Select(e => e.Extent), Left, Right);
        var episodes = entries.Where(e => e.Kind == TimelineEntryKind.Episode).ToList();
        var events = entries.Where(e => e.Kind == TimelineEntryKind.Event).ToList();
        var gap = axis.Segments.Where(s => s.IsBreak).Select(s => $"{s.From}–{s.To - 1}").ToList();
        var gapNote = gap.Count == 0 ? "" : $" The axis is broken over {string.Join(" and ", gap)}, when nothing on it happened; those years are not drawn to scale.";
        var rowsTop = AxisY + 64;
        // A label too long for one line on either side of its mark takes two lines and a taller row.
        var twoLines = episodes.Select(e => !FitsOnOneLine(axis.X(e.Extent.Start), Width, e.Title, e.DateDisplay)).ToList();
        var rowY = new double[episodes.Count];
        for (var i = 1; i < episodes.Count; i++) rowY[i] = rowY[i - 1] + (twoLines[i - 1] ? ZoomRowHeight : RowHeight);
        var height = rowsTop + (episodes.Count == 0 ? 0 : rowY[^1] + (twoLines[^1] ? ZoomRowHeight : RowHeight));

        m.Html("figure", ("class", "timeline"));
        m.Svg("svg", ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", "100%"), ("class", "timeline-svg"), ("role", "group"),
            ("aria-labelledby", "timeline-title"), ("aria-describedby", "timeline-desc"));
        m.SvgText("title", "Timeline of the episodes and events", ("id", "timeline-title"));
        m.SvgText("desc", $"{episodes.Count} episodes, labelled, and {events.Count} events, as dots on the axis, from {axis.FirstYear} to {axis.LastYear - 1}.{gapNote} The list after the drawings gives every one.", ("id", "timeline-desc"));
        Axis(m, axis, AxisY);
        if (entries.FirstOrDefault(e => e.Kind == TimelineEntryKind.Article) is { } article) ArticleLine(m, axis, article, height);
        ZoomBracket(m, axis);

        m.Svg("g", ("class", "tl-events"), ("aria-hidden", "true"));
        foreach (var e in events)
        {
            var (start, end) = e.Extent;
            m.Svg("g").SvgText("title", $"{e.Title}, {e.DateDisplay}");
            Mark(m, axis.X(start), axis.X(end), AxisY, "is-event", radius: 4);
            m.End();
        }
        m.End();

        m.Svg("g", ("aria-hidden", "true"));
        for (var i = 0; i < episodes.Count; i++)
        {
            var x = axis.X(episodes[i].Extent.Start);
            m.SvgElement("line", ("class", "tl-leader"), ("x1", N(x)), ("y1", N(AxisY + 8)), ("x2", N(x)), ("y2", N(rowsTop + rowY[i])));
        }
        m.End();
        for (var i = 0; i < episodes.Count; i++)
        {
            var e = episodes[i];
            var (start, end) = e.Extent;
            var x = axis.X(start);
            m.Svg("a", ("href", e.Url), ("class", "tl-entry"));
            Mark(m, x, axis.X(end), AxisY, "is-episode");
            Label(m, x, rowsTop + rowY[i] + 5, Width, e.Title, e.DateDisplay, twoLines[i]);
            m.End();
        }
        m.End();
        m.Element("figcaption", $"Every episode, with the events as dots on the same axis.{gapNote} The line marks the article's publication; {ZoomName} is enlarged below.");
        m.End();
    }

    /// <summary>The months where the story crowds, each entry on its own row with its date written out.</summary>
    private static void Enlarged(Markup m, IReadOnlyList<TimelineEntry> entries)
    {
        var (from, to) = ZoomYears;
        var inside = entries.Where(e => e.Overlaps(from, to)).ToList();
        if (inside.Count == 0) return;
        var x = (double year) => Left + (Math.Clamp(year, from, to) - from) / (to - from) * (Right - Left);
        var rowsTop = AxisY + 48;
        var height = rowsTop + inside.Count * ZoomRowHeight;

        m.Html("figure", ("class", "timeline timeline-zoom"));
        m.Svg("svg", ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", "100%"), ("class", "timeline-svg"), ("role", "group"),
            ("aria-labelledby", "timeline-zoom-title"), ("aria-describedby", "timeline-zoom-desc"));
        m.SvgText("title", $"{ZoomName}, enlarged", ("id", "timeline-zoom-title"));
        m.SvgText("desc", $"The {inside.Count} episodes and events of {ZoomName}, a month to a stretch of the axis, each on its own row with its date.", ("id", "timeline-zoom-desc"));

        m.Svg("g", ("class", "tl-axis"), ("aria-hidden", "true"));
        m.SvgElement("line", ("class", "tl-line"), ("x1", N(Left)), ("y1", N(AxisY)), ("x2", N(Right)), ("y2", N(AxisY)));
        for (var month = Zoom.FirstMonth; month <= Zoom.LastMonth + 1; month++)
        {
            var tick = x(Zoom.Year + (month - 1) / 12.0);
            m.SvgElement("line", ("class", "tl-tick"), ("x1", N(tick)), ("y1", N(AxisY - 6)), ("x2", N(tick)), ("y2", N(AxisY + 6)));
            if (month > Zoom.LastMonth) continue;
            var middle = x(Zoom.Year + (month - 0.5) / 12.0);
            m.SvgText("text", MonthName(month), ("class", "tl-year"), ("x", N(middle)), ("y", N(AxisY - 14)), ("text-anchor", "middle"));
        }
        m.End();

        m.Svg("g", ("aria-hidden", "true"));
        for (var i = 0; i < inside.Count; i++)
        {
            var mx = x(inside[i].Extent.Start);
            var (start, end) = inside[i].Extent;
            var leaderX = end - start > 1.0 / 365 * 3 ? x(Math.Max(start, from)) : (x(start) + x(end)) / 2;
            m.SvgElement("line", ("class", "tl-leader"), ("x1", N(leaderX)), ("y1", N(AxisY + 8)), ("x2", N(leaderX)), ("y2", N(rowsTop + i * ZoomRowHeight)));
        }
        m.End();
        for (var i = 0; i < inside.Count; i++)
        {
            var e = inside[i];
            var (start, end) = e.Extent;
            var leaderX = end - start > 1.0 / 365 * 3 ? x(Math.Max(start, from)) : (x(start) + x(end)) / 2;
            m.Svg("a", ("href", e.Url), ("class", "tl-entry"));
            Mark(m, x(start), x(end), AxisY, KindClass(e.Kind), radius: e.Kind == TimelineEntryKind.Episode ? 6 : 5);
            Label(m, leaderX, rowsTop + i * ZoomRowHeight + 5, Width, e.Title, e.DateDisplay, twoLines: true);
            m.End();
        }
        m.End();
        m.Element("figcaption", $"{ZoomName}: the months from the US delegation to the UK's reversal, when most events crowd together. A bar covers a stretch of time or a date known only to the month.");
        m.End();
    }

    private static void ArticleLine(Markup m, TimelineAxis axis, TimelineEntry article, double height)
    {
        var x = axis.X((article.Extent.Start + article.Extent.End) / 2);
        m.Svg("g", ("class", "tl-article"), ("aria-hidden", "true"));
        m.SvgElement("line", ("x1", N(x)), ("y1", "28"), ("x2", N(x)), ("y2", N(height)));
        m.SvgText("text", $"Article published, {article.DateDisplay}", ("x", N(x - 6)), ("y", "22"), ("text-anchor", "end"));
        m.End();
    }

    private static void ZoomBracket(Markup m, TimelineAxis axis)
    {
        var (from, to) = ZoomYears;
        var (x1, x2) = (axis.X(from), axis.X(to));
        var label = $"{ZoomName}, enlarged below";
        m.Svg("g", ("class", "tl-zoom-bracket"), ("aria-hidden", "true"));
        m.SvgElement("path", ("d", $"M{N(x1)},{N(AxisY + 12)} V{N(AxisY + 18)} H{N(x2)} V{N(AxisY + 12)}"));
        m.SvgElement("rect", ("class", "tl-label-bg"), ("x", N(x1 - 10 - WidthOf(label))), ("y", N(AxisY + 20)), ("width", N(WidthOf(label) + 6)), ("height", "20"));
        m.SvgText("text", label, ("x", N(x1 - 6)), ("y", N(AxisY + 34)), ("text-anchor", "end"));
        m.End();
    }

    /// <summary>Every entry in date order: the vertical timeline, and the drawings' text equivalent.</summary>
    private static void List(Markup m, IReadOnlyList<TimelineEntry> entries)
    {
        m.Html("ol", ("class", "timeline-list timeline-vertical"));
        var year = 0;
        foreach (var e in entries)
        {
            m.Html("li", ("class", $"tl-item {KindClass(e.Kind)}"));
            // Each date carries its year; the year marker only helps the eye down a long list.
            if (e.Date.Year != year) m.Element("span", (year = e.Date.Year).ToString(CultureInfo.InvariantCulture), ("class", "tl-year-mark"), ("aria-hidden", "true"));
            // The date is the link's note, as in every other dated list on the site; the stylesheet shows it first.
            m.Element("a", e.Title, ("href", e.Url)).Text(" ");
            m.Html("span", ("class", "note")).Element("time", e.DateDisplay, ("datetime", e.Date.Iso)).End();
            var what = e.Kind switch
            {
                TimelineEntryKind.Episode => "Episode",
                TimelineEntryKind.Event => $"Event · {e.Owner}",
                _ => e.Owner,
            };
            if (what is not null) m.Text(" ").Element("span", what, ("class", "tl-kind"));
            m.End();
        }
        m.End();
    }
}
