using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;

namespace StaticSite.Preview.Tests;

/// <summary>The caches may skip work, never change the result: after edits, preview serves what a clean build makes.</summary>
public sealed class IncrementalConsistencyTests
{
    [Fact]
    public async Task AfterSeveralEdits_EveryServedFileEqualsACleanBuild()
    {
        await using var preview = await RunningPreview.StartAsync();
        var site = preview.Site;

        site.Replace("input/episodes/us-lobbying.yml", "title: \"US lobbying against Huawei\"", "title: \"The US campaign against Huawei\"");
        Assert.True((await preview.NextRebuildAsync()).Succeeded);
        site.Replace("input/episodes/us-lobbying.yml", "Then the US sent a delegation", "Then the US sent a small delegation");
        Assert.True((await preview.NextRebuildAsync()).Succeeded);
        site.Replace("input/agencies/gchq.yml", "short_name: GCHQ", "short_name: GCHQ-X");
        Assert.True((await preview.NextRebuildAsync()).Succeeded);

        var clean = ExplainerSite.Build(
            SiteFiles.FromDisk(Path.Combine(site.Root, "input"), Path.Combine(site.Root, "theme"), site.Root), writeTo: null,
            new ExplainerOptions { LiveReloadScript = ClientFiles.LiveReloadScript, StableAssetNames = true },
            TestContext.Current.CancellationToken);
        Assert.True(clean.Succeeded);
        var expected = clean.Written.ToDictionary(d => d.Destination!, d => d.ReadBytes());
        var served = preview.Host.Snapshot.Files;
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(served[path]), $"{path} differs from a clean build");
        Assert.Contains("GCHQ-X", await preview.GetStringAsync("/agencies/gchq/"), StringComparison.Ordinal);
    }
}
