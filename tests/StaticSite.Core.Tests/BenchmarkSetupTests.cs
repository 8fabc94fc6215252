using StaticSite.Benchmarks.Micro;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests;

/// <summary>
/// The benchmarks are never timed here (a timed test is flaky on a shared machine), but each one runs once, so a
/// change to the engine cannot leave them broken until someone next measures.
/// </summary>
public sealed class BenchmarkSetupTests
{
    [Fact]
    public void ModuleBenchmarks_RunOnceOnTheGeneratedSite_AndGiveEveryPage()
    {
        var benchmarks = new ModuleBenchmarks();
        benchmarks.Setup();

        var markdown = benchmarks.RenderMarkdown();
        var laidOut = benchmarks.ApplyLayout();
        var model = benchmarks.BuildSiteModelAndPages();

        Assert.InRange(markdown.Count, 200, 300); // 200 episodes, their agencies and sections, the fixed pages
        Assert.Equal(markdown.Count, laidOut.Count);
        Assert.Equal(markdown.Count, model.Count);
        Assert.All(laidOut, page => Assert.Contains("<main", page.ReadText(), StringComparison.Ordinal));
    }

    [Fact]
    public void PageBenchmarks_RunOnce()
    {
        var benchmarks = new PageBenchmarks();
        benchmarks.Setup();

        Assert.Equal(benchmarks.RenderEpisodeMarkdown(), benchmarks.WrittenPage.Length);
        Assert.Contains("<h2", benchmarks.WrittenPage, StringComparison.Ordinal);
        Assert.Equal(benchmarks.ResolveCrossReferences(), benchmarks.WrittenPage.Length);
        Assert.Contains("href=\"/agencies/", benchmarks.WrittenPage, StringComparison.Ordinal);
        Assert.Equal(benchmarks.DrawCompactTimeline(), benchmarks.WrittenPage.Length);
        Assert.StartsWith("<figure class=\"timeline timeline-compact\">", benchmarks.WrittenPage, StringComparison.Ordinal);
        Assert.NotEmpty(benchmarks.ScanEpisodePage().Urls);
    }
}
