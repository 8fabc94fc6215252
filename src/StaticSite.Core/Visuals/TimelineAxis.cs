namespace StaticSite.Core.Visuals;

/// <summary>
/// A broken time axis by decades. Every decade with something in it is drawn to the same true scale;
/// a run of two or more empty decades is squeezed into a fixed-width break that is marked on the drawing,
/// so 1948 and 2010 sit apart without sixty empty years pushing everything else into a corner.
/// </summary>
public sealed class TimelineAxis
{
    public const double BreakWidth = 56;

    private readonly List<AxisSegment> segments = [];

    public TimelineAxis(IEnumerable<(double Start, double End)> spans, double left, double right)
    {
        var list = spans.ToList();
        if (list.Count == 0) list.Add((2000, 2000));
        var first = (int)Math.Floor(list.Min(s => s.Start) / 10) * 10;
        var last = (int)Math.Floor(list.Max(s => s.End) / 10) * 10;
        var used = Enumerable.Range(0, (last - first) / 10 + 1).Select(i => first + i * 10)
            .Select(d => (Decade: d, Used: list.Any(s => s.Start < d + 10 && s.End >= d))).ToList();

        // Runs of empty decades: a single empty decade keeps its true width; longer runs become one break.
        var pieces = new List<(int From, int To, bool IsBreak)>();
        for (var i = 0; i < used.Count;)
        {
            var j = i;
            while (j < used.Count && used[j].Used == used[i].Used) j++;
            var isBreak = !used[i].Used && j - i >= 2;
            if (isBreak) pieces.Add((used[i].Decade, used[j - 1].Decade + 10, true));
            else pieces.AddRange(used.Skip(i).Take(j - i).Select(u => (u.Decade, u.Decade + 10, false)));
            i = j;
        }
        var breaks = pieces.Count(p => p.IsBreak);
        var decadeWidth = (right - left - breaks * BreakWidth) / pieces.Count(p => !p.IsBreak);
        var x = left;
        foreach (var (from, to, isBreak) in pieces)
        {
            var width = isBreak ? BreakWidth : decadeWidth;
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

/// <summary>A stretch of the axis: one decade to scale, or a marked break over several empty decades.</summary>
public sealed record AxisSegment(int From, int To, double Left, double Right, bool IsBreak);
