using Xunit;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuilds_WriteTheSameBytes_ForEveryFile()
    {
        static Dictionary<string, byte[]> Files(BuildResult result) =>
            result.Written.ToDictionary(d => d.Destination!, d => d.ReadBytes(), StringComparer.Ordinal);

        var first = Files(RealSite.Result);
        var second = Files(RealSite.Build());

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
        }
        Assert.Contains("feed.xml", first.Keys);
        Assert.Contains("data/episodes.csv", first.Keys);
    }
}
