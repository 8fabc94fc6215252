namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// A broken time axis by decades. Every decade with something in it is drawn to the same true scale;
/// a run of two or more empty decades is squeezed into a fixed-width break that is marked on the drawing,
/// so 1948 and 2010 sit apart without sixty empty years pushing everything else into a corner. The axis
/// starts with the year of the earliest moment and ends with the year of the latest, never on an empty year.
/// </summary>
public sealed class TimelineAxis
{
    public const double BreakWidth = 56;

    private readonly List<AxisSegment> segments = [];

    public TimelineAxis(IEnumerable<(double Start, double End)> spans, double left, double right)
    {
        // Plain loops, not LINQ: an axis is made for every episode page's small timeline.
        var list = spans.ToList();
        if (list.Count == 0) list.Add((2000, 2000));
        var (earliest, latest) = (list[0].Start, list[0].End);
        foreach (var (start, end) in list) (earliest, latest) = (Math.Min(earliest, start), Math.Max(latest, end));
        var first = (int)Math.Floor(earliest / 10) * 10;
        var last = (int)Math.Floor(latest / 10) * 10;
        var used = new bool[(last - first) / 10 + 1];
        for (var i = 0; i < used.Length; i++)
        {
            var decade = first + i * 10;
            foreach (var (start, end) in list) used[i] |= start < decade + 10 && end >= decade;
        }

        // Runs of empty decades: a single empty decade keeps its true width; longer runs become one break.
        var pieces = new List<(int From, int To, bool IsBreak)>(used.Length);
        for (var i = 0; i < used.Length;)
        {
            var j = i;
            while (j < used.Length && used[j] == used[i]) j++;
            if (!used[i] && j - i >= 2) pieces.Add((first + i * 10, first + j * 10, true));
            else for (var k = i; k < j; k++) pieces.Add((first + k * 10, first + k * 10 + 10, false));
            i = j;
        }
        // The ends are trimmed to the years that hold something: an axis never runs on into empty years.
        var firstYear = (int)Math.Floor(earliest);
        var lastYear = Math.Max(firstYear + 1, (int)Math.Ceiling(latest));
        pieces[0] = pieces[0] with { From = firstYear };
        pieces[^1] = pieces[^1] with { To = Math.Max(lastYear, pieces[^1].From + 1) };

        // Every year outside a break has the same width, so the drawn stretches are all to one true scale.
        var (breaks, years) = (0, 0);
        foreach (var piece in pieces)
        {
            if (piece.IsBreak) breaks++;
            else years += piece.To - piece.From;
        }
        var yearWidth = (right - left - breaks * BreakWidth) / years;
        var x = left;
        foreach (var (from, to, isBreak) in pieces)
        {
            var width = isBreak ? BreakWidth : (to - from) * yearWidth;
            segments.Add(new AxisSegment(from, to, x, x + width, isBreak));
            x += width;
        }
    }

    public IReadOnlyList<AxisSegment> Segments => segments;

    public int FirstYear => segments[0].From;

    public int LastYear => segments[^1].To;

    /// <summary>Where a moment falls on the drawing; inside a break, moments are spread evenly across it.</summary>
    public double X(double year)
    {
        var clamped = Math.Clamp(year, FirstYear, LastYear);
        var segment = segments[^1];
        foreach (var s in segments)
        {
            if (clamped < s.To) { segment = s; break; }
        }
        return segment.Left + (clamped - segment.From) / (segment.To - segment.From) * (segment.Right - segment.Left);
    }
}

/// <summary>A stretch of the axis: one decade (or, at an end, the part of it in use) to scale, or a marked break over several empty decades.</summary>
public sealed record AxisSegment(int From, int To, double Left, double Right, bool IsBreak);
