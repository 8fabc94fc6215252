using System.Diagnostics;
using System.Text.Json;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Preview.Tests;

/// <summary>
/// A build that never ends (as a parser stuck on its input would) must not stall the preview: it is reported within
/// its budget, the next save builds, and Ctrl-C still stops the preview.
/// </summary>
public sealed class StuckBuildTests
{
    private const string Episode = "input/episodes/us-lobbying.yml";
    private const string EpisodePage = "/episodes/us-lobbying/";

    [Fact]
    public async Task ABuildThatNeverEnds_IsReportedWithinItsBudget_AndTheNextSaveBuilds()
    {
        using var stuck = new StuckBuild();
        // Long enough for the first build of a test assembly on a loaded machine; the preview then gives each build
        // five times its longest good build, if that is longer.
        await using var preview = await RunningPreview.StartAsync(configure: o => o with { BuildBudget = TimeSpan.FromSeconds(15), Build = stuck.Build });
        stuck.On = true;

        preview.Site.Replace(Episode, "Then the US sent a delegation", "Then the US loudly sent a delegation");

        var failed = await preview.NextRebuildAsync(within: TimeSpan.FromMinutes(2));
        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal("PRV001", error.Code);
        Assert.Equal(Episode, error.Location.Path);
        Assert.Contains("took longer than", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("loudly sent", await preview.GetStringAsync(EpisodePage), StringComparison.Ordinal);
        using (var report = JsonDocument.Parse(await preview.GetStringAsync("/_staticsite/errors")))
        {
            Assert.Equal("PRV001", report.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        }
        Assert.Contains("PRV001", preview.Log.ToString(), StringComparison.Ordinal);

        stuck.On = false;
        preview.Site.Replace(Episode, "loudly sent", "very loudly sent");

        var next = await preview.NextRebuildAsync();
        Assert.True(next.Succeeded, string.Join("\n", next.Diagnostics));
        Assert.Contains("very loudly sent", await preview.GetStringAsync(EpisodePage), StringComparison.Ordinal);
        using var cleared = JsonDocument.Parse(await preview.GetStringAsync("/_staticsite/errors"));
        Assert.Equal(0, cleared.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task StoppingThePreview_WhileABuildIsStuck_EndsAtOnce()
    {
        using var stuck = new StuckBuild();
        // A budget far longer than the test waits: only stopping can end the wait.
        var preview = await RunningPreview.StartAsync(configure: o => o with { BuildBudget = TimeSpan.FromMinutes(10), Build = stuck.Build });
        stuck.On = true;
        preview.Site.Replace(Episode, "Then the US sent a delegation", "Then the US loudly sent a delegation");
        Assert.True(await stuck.Entered.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the save never started a build");

        var clock = Stopwatch.StartNew();
        await preview.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {clock.Elapsed}");
    }

    /// <summary>The explainer's own build, or, while <see cref="On"/>, one that never returns and ignores its cancellation.</summary>
    private sealed class StuckBuild : IDisposable
    {
        private readonly ManualResetEventSlim release = new();

        public volatile bool On;

        public SemaphoreSlim Entered { get; } = new(0);

        public BuildResult Build(SiteFiles files, ExplainerOptions state, CancellationToken cancellation)
        {
            if (On)
            {
                Entered.Release();
                release.Wait(CancellationToken.None);
            }
            return ExplainerSite.Build(files, writeTo: null, state, cancellation);
        }

        // Lets the abandoned builds' threads end with the test.
        public void Dispose() => release.Set();
    }
}
