using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>Which folders a build may replace; the CLI's own cases (the current folder as '.', a real build) are in OutputFolderTests.</summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly BuildSources sources;

    public OutputTargetTests()
    {
        foreach (var folder in new[] { "repo/input", "repo/theme", "repo/.staticsite-cache", "repo/work" }) Directory.CreateDirectory(At(folder));
        File.WriteAllText(At("repo/notes.md"), "mine");
        sources = BuildSources.Resolve(At("repo/input"), At("repo/theme"), At("repo/.staticsite-cache"), At("repo/work"), At("repo"));
    }

    public void Dispose() => temp.Dispose();

    private string At(string relative) => Path.Combine(temp.Path, relative);

    [Theory]
    [InlineData("repo/input", "is the input folder")]
    [InlineData("repo/theme", "is the theme folder")]
    [InlineData("repo/.staticsite-cache", "is the share-card cache")]
    [InlineData("repo/work", "is the current folder")]
    [InlineData("repo", "contains the input folder")] // the first source it holds is named
    [InlineData("", "contains the input folder")]
    [InlineData("repo/input/site", "lies inside the input folder")]
    [InlineData("repo/theme/assets/site", "lies inside the theme folder")]
    [InlineData("repo/.staticsite-cache/site", "lies inside the share-card cache")]
    [InlineData("repo/notes.md", "is a file, not a folder")]
    [InlineData("repo/notes.md/site", "which is a file: no folder can be made there")]
    public void AnOutputThatIsOrHoldsASource_IsRefused_NamingBothFolders(string output, string relation)
    {
        var typed = At(output);

        var refused = Assert.Throws<FolderRefusedException>(() => OutputTarget.Check(typed, sources));

        Assert.Contains(relation, refused.Message, StringComparison.Ordinal);
        Assert.Contains($"'{typed}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositoryItself_IsRefused_WhenNoOtherSourceIsInIt()
    {
        var elsewhere = BuildSources.Resolve(At("repo/input"), At("repo/theme"), null, temp.Path, At("repo/work"));

        var refused = Assert.Throws<FolderRefusedException>(() => OutputTarget.Check(At("repo/work"), elsewhere));

        Assert.Contains("is the repository", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputThroughALinkToTheInput_IsTheInput()
    {
        Directory.CreateSymbolicLink(At("repo/site"), At("repo/input"));

        var refused = Assert.Throws<FolderRefusedException>(() => OutputTarget.Check(At("repo/site"), sources));

        Assert.Contains("is the input folder", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AnEmptyOutput_IsRefused(string output) =>
        Assert.Contains("--output is empty", Assert.Throws<FolderRefusedException>(() => OutputTarget.Check(output, sources)).Message, StringComparison.Ordinal);

    [Fact]
    public void TheDefaultOutputBesideTheSources_AndALinkToAFolderElsewhere_AreTheirRealFolders()
    {
        Directory.CreateDirectory(At("elsewhere/site"));
        Directory.CreateSymbolicLink(At("repo/published"), At("elsewhere/site"));

        Assert.Equal(At("repo/output"), OutputTarget.Check(At("repo/output"), sources));
        Assert.Equal(At("elsewhere/site"), OutputTarget.Check(At("repo/published"), sources));
    }

    [Fact]
    public void AFolderOfSomeoneElsesFiles_IsRefused_AnEmptyOrMarkedOneIsNot()
    {
        Directory.CreateDirectory(At("empty"));
        Directory.CreateDirectory(At("marked"));
        OutputMarker.WriteInto(At("marked"));
        Directory.CreateDirectory(At("photos"));
        File.WriteAllBytes(At("photos/holiday.png"), [1, 2, 3]);

        OutputTarget.CheckContent("empty", At("empty"));
        OutputTarget.CheckContent("marked", At("marked"));
        OutputTarget.CheckContent("new", At("new"));
        var refused = Assert.Throws<FolderRefusedException>(() => OutputTarget.CheckContent("photos", At("photos")));

        Assert.Contains("holds files that no build made", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Delete that folder yourself", refused.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(At("photos/holiday.png")));
    }

    [Fact]
    public void AMarkerThatIsALink_DoesNotMakeAFolderABuilds()
    {
        Directory.CreateDirectory(At("photos"));
        File.WriteAllBytes(At("photos/holiday.png"), [1, 2, 3]);
        File.WriteAllText(At("marker"), "x");
        File.CreateSymbolicLink(At("photos/" + OutputMarker.FileName), At("marker"));

        Assert.Throws<FolderRefusedException>(() => OutputTarget.CheckContent("photos", At("photos")));
    }
}
