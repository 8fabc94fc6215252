using StaticSite.Explainer.Outputs.Visuals;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Visuals;

public sealed class TimelineAxisTests
{
    [Fact]
    public void LongRunOfEmptyDecades_BecomesOneMarkedBreak()
    {
        var axis = new TimelineAxis([(1946.2, 1948.5), (2010.1, 2010.1), (2020.1, 2020.5)], 0, 1000);

        var breaks = axis.Segments.Where(s => s.IsBreak).ToList();
        Assert.Single(breaks);
        Assert.Equal((1950, 2010), (breaks[0].From, breaks[0].To));
        Assert.Equal(TimelineAxis.BreakWidth, breaks[0].Right - breaks[0].Left, 3);
        // No empty years at the ends: from the first year with something in it to the end of the last.
        Assert.Equal((1946, 2021), (axis.FirstYear, axis.LastYear));
    }

    [Fact]
    public void DecadesWithEpisodes_AreDrawnToTheSameTrueScale()
    {
        var axis = new TimelineAxis([(1946, 1946), (2010, 2010), (2020, 2020)], 0, 1000);

        var perYear = axis.Segments.Where(s => !s.IsBreak).Select(s => Math.Round((s.Right - s.Left) / (s.To - s.From), 6)).Distinct().ToList();
        Assert.Single(perYear);
        Assert.Equal(perYear[0], axis.X(2011) - axis.X(2010), 6);
        Assert.Equal(perYear[0], axis.X(1947) - axis.X(1946), 6);
        Assert.Equal(1000, axis.Segments[^1].Right, 6);
    }

    [Fact]
    public void SingleEmptyDecade_KeepsItsTrueWidth()
    {
        var axis = new TimelineAxis([(1995, 1995), (2015, 2015)], 0, 900);

        Assert.DoesNotContain(axis.Segments, s => s.IsBreak);
        Assert.Equal(3, axis.Segments.Count);
    }

    [Fact]
    public void Positions_IncreaseWithTime_AcrossTheBreak()
    {
        var axis = new TimelineAxis([(1946, 1948), (2020, 2020.6)], 10, 950);
        double[] years = [1946, 1946.5, 1948, 1955, 1999, 2010, 2020, 2020.5, 2020.9];

        var xs = years.Select(axis.X).ToList();
        Assert.Equal(xs.Order().ToList(), xs);
        Assert.Equal(xs.Count, xs.Distinct().Count());
    }

    [Fact]
    public void NoSpans_StillGivesAnAxis()
    {
        var axis = new TimelineAxis([], 0, 100);

        Assert.NotEmpty(axis.Segments);
    }
}
