using System.Globalization;
using static StaticSite.Explainer.Outputs.Visuals.Markup;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// What the timeline's drawings share: the axis with its year labels, the marks and the labelled rows. Sizes are
/// in SVG units; the stylesheet shows each drawing only at widths where a unit is at least 0.8 CSS px, so the
/// 16-unit text is never under 12.8 px.
/// </summary>
internal static class TimelineDrawing
{
    public const double TextSize = 16;

    /// <summary>SVG cannot measure text: the width of a line is estimated from its length, at about 0.55 em a character.</summary>
    public static double WidthOf(string text) => text.Length * 0.55 * TextSize;

    /// <summary>The axis line (dotted over a break), a tick at each decade, and as many year labels as fit without touching.</summary>
    public static void Axis(Markup m, TimelineAxis axis, double y)
    {
        m.Svg("g", ("class", "tl-axis"), ("aria-hidden", "true"));
        foreach (var s in axis.Segments)
        {
            if (s.IsBreak)
            {
                // A dotted stretch between two slanted strokes: the usual mark for an axis that skips a range.
                m.SvgElement("line", ("class", "tl-gap"), ("x1", N(s.Left)), ("y1", N(y)), ("x2", N(s.Right)), ("y2", N(y)));
                foreach (var x in new[] { s.Left + 10, s.Right - 10 })
                {
                    m.SvgElement("line", ("class", "tl-break"), ("x1", N(x - 5)), ("y1", N(y + 9)), ("x2", N(x + 5)), ("y2", N(y - 9)));
                }
            }
            else
            {
                m.SvgElement("line", ("class", "tl-line"), ("x1", N(s.Left)), ("y1", N(y)), ("x2", N(s.Right)), ("y2", N(y)));
            }
        }
        // The first and last years always; a decade between them only where its label clears its neighbours.
        var years = axis.Segments.Select(s => s.From).Skip(1).Where(year => year % 10 == 0).Prepend(axis.FirstYear).Append(axis.LastYear).Distinct().ToList();
        var lastLabelEnd = double.NegativeInfinity;
        var finalLabelStart = axis.X(axis.LastYear) - WidthOf("0000");
        foreach (var year in years)
        {
            var x = axis.X(year);
            m.SvgElement("line", ("class", "tl-tick"), ("x1", N(x)), ("y1", N(y - 6)), ("x2", N(x)), ("y2", N(y + 6)));
            var (anchor, start) = year == axis.FirstYear ? ("start", x) : year == axis.LastYear ? ("end", x - WidthOf("0000")) : ("middle", x - WidthOf("0000") / 2);
            var isLast = year == axis.LastYear;
            if (start < lastLabelEnd + 8 || (!isLast && start + WidthOf("0000") > finalLabelStart - 8)) continue;
            // The last label names the last year in use, which may be this decade's first: one label for it, at the end.
            if (!isLast && year == axis.LastYear - 1) continue;
            // The axis ends where the last year with something in it ends; its label names that year.
            var shown = isLast ? year - 1 : year;
            m.SvgText("text", shown.ToString(CultureInfo.InvariantCulture), ("class", "tl-year"), ("x", N(x)), ("y", N(y - 14)), ("text-anchor", anchor));
            lastLabelEnd = start + WidthOf("0000");
        }
        m.End();
    }

    /// <summary>An entry's mark on the axis: a dot for a day, a bar over the month or year a less precise date covers.</summary>
    public static void Mark(Markup m, double x, double endX, double y, string kind, double radius = 6)
    {
        if (endX - x > 2 * radius) m.SvgElement("rect", ("class", $"tl-span {kind}"), ("x", N(x)), ("y", N(y - 4)), ("width", N(endX - x)), ("height", "8"), ("rx", "4"));
        else m.SvgElement("circle", ("class", $"tl-mark {kind}"), ("cx", N((x + endX) / 2)), ("cy", N(y)), ("r", N(radius)));
    }

    /// <summary>
    /// A label on its own row, beside the mark's leader line, on whichever side has more room. A backing the
    /// label's estimated size lets other leader lines pass behind it rather than through it.
    /// </summary>
    public static void Label(Markup m, double x, double y, double width, string title, string? date, bool twoLines)
    {
        var lineWidth = LineWidth(title, date, twoLines);
        // The side where the label fits, the right first; if neither, the roomier one.
        var toRight = lineWidth + 8 <= width - x || (lineWidth + 8 > x && width - x >= x);
        var height = twoLines ? 42 : 24;
        m.SvgElement("rect", ("class", "tl-label-bg"), ("x", N(toRight ? x + 1 : x - 9 - lineWidth)), ("y", N(y - 17)), ("width", N(lineWidth + 8)), ("height", N(height)));
        var textX = N(toRight ? x + 5 : x - 5);
        var anchor = toRight ? "start" : "end";
        if (twoLines)
        {
            m.SvgText("text", title, ("class", "tl-label"), ("x", textX), ("y", N(y)), ("text-anchor", anchor));
            if (date is not null) m.SvgText("text", date, ("class", "tl-date"), ("x", textX), ("y", N(y + 19)), ("text-anchor", anchor));
            return;
        }
        m.Svg("text", ("class", "tl-label"), ("x", textX), ("y", N(y)), ("text-anchor", anchor)).Text(title);
        if (date is not null) m.Text(" ").SvgText("tspan", date, ("class", "tl-date"));
        m.End();
    }

    /// <summary>Whether a label fits on one line on either side of <paramref name="x"/>.</summary>
    public static bool FitsOnOneLine(double x, double width, string title, string? date)
    {
        var lineWidth = LineWidth(title, date, twoLines: false) + 8;
        return lineWidth <= width - x || lineWidth <= x;
    }

    private static double LineWidth(string title, string? date, bool twoLines) =>
        twoLines ? Math.Max(WidthOf(title), WidthOf(date ?? "")) : WidthOf(title) + (date is null ? 0 : WidthOf(" " + date));

    public static string KindClass(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.Episode => "is-episode",
        TimelineEntryKind.Event => "is-event",
        _ => "is-article",
    };
}
