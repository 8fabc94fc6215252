using StaticSite.Cli;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

/// <summary>
/// The output folder is the build's own: the CLI refuses, before writing anything, an output that would replace a
/// source or someone's files, and replaces only a folder a build made. Folders given relative to the current folder
/// ('.', '..') need a process of their own; the rest run in this one.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class OutputFolderTests : IDisposable
{
    private readonly ScratchRepository repo = new();

    public void Dispose() => repo.Dispose();

    private string[] Site(string command, string output, params string[] more) =>
        [command, "--input", repo.PathOf("input"), "--theme", repo.PathOf("theme"), "--output", output, .. more];

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("/")]
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData("input/site")]
    [InlineData("notes.md")]
    [InlineData(".staticsite-cache")]
    public void AnOutputThatWouldReplaceASource_ExitsTwo_NamingBothFolders_AndWritesNothing(string output)
    {
        var before = ScratchRepository.Fingerprint(repo.Root);
        var entries = Directory.GetFileSystemEntries(repo.Root).Order(StringComparer.Ordinal).ToList();
        var real = ResolvedPath.Of(Path.Combine(repo.Root, output));

        var (code, stdout, stderr) = CliProcess.Run(repo.Root, "build", "--output", output);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Matches($"error: --output '{System.Text.RegularExpressions.Regex.Escape(output)}' \\({System.Text.RegularExpressions.Regex.Escape(real)}\\) (is|contains|lies inside)", stderr);
        Assert.DoesNotContain("pages written", stdout);
        Assert.Equal(before, ScratchRepository.Fingerprint(repo.Root));
        Assert.Equal(entries, Directory.GetFileSystemEntries(repo.Root).Order(StringComparer.Ordinal));
        if (real != "/") Assert.False(Directory.Exists(WorkFolder.Of(real).Path));
    }

    [Fact]
    public void TheRepositoryRoot_FromAFolderInsideIt_IsRefused()
    {
        var sub = Directory.CreateDirectory(repo.PathOf("docs")).FullName;

        var (code, _, stderr) = CliProcess.Run(sub, "build", "--input", "../input", "--theme", "../theme", "--output", "..");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"--output '..' ({repo.Root}) contains the input folder", stderr);
    }

    [Fact]
    public void AFileOrAnEmptyName_ExitsTwo_BeforeBuilding()
    {
        var file = InProcessCli.Run(Site("build", repo.PathOf("notes.md")));
        var empty = InProcessCli.Run(Site("build", ""));

        Assert.Equal(ExitCodes.Usage, file.Code);
        Assert.Contains("is a file, not a folder", file.Stderr);
        Assert.Equal(ExitCodes.Usage, empty.Code);
        Assert.Contains("option '--output' is empty", empty.Stderr);
        Assert.Equal("A file of the user's, which no build may touch.\n", File.ReadAllText(repo.PathOf("notes.md")));
    }

    [Fact]
    public void AFolderOfTheUsersFiles_IsRefused_AndLeftAsItWas_ForBuildAndCheck()
    {
        var photos = Directory.CreateDirectory(repo.PathOf("photos")).FullName;
        File.WriteAllBytes(Path.Combine(photos, "holiday.png"), [1, 2, 3]);

        var build = InProcessCli.Run(Site("build", photos));
        var check = InProcessCli.Run(Site("check", photos));

        Assert.Equal(ExitCodes.Usage, build.Code);
        Assert.Contains($"--output '{photos}' ({photos}) holds files that no build made", build.Stderr);
        Assert.Contains("Delete that folder yourself if nothing in it is needed, or choose another with --output", build.Stderr);
        Assert.Equal(ExitCodes.Usage, check.Code);
        Assert.Equal(["holiday.png"], Directory.GetFileSystemEntries(photos).Select(Path.GetFileName));
        Assert.False(Directory.Exists(WorkFolder.Of(photos).Path)); // refused before anything was written beside it
    }

    [Fact]
    public void AnOutputMadeByABuild_IsReplacedWhole_WithTheMarkerInIt()
    {
        var output = repo.PathOf("output");
        Assert.Equal(ExitCodes.Ok, InProcessCli.Run(Site("build", output)).Code);
        var first = ScratchRepository.Fingerprint(output);
        File.WriteAllText(Path.Combine(output, "stray.html"), "a file put into the output by hand");

        var (code, stdout, _) = InProcessCli.Run(Site("build", output));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("pages written", stdout);
        Assert.Equal(first, ScratchRepository.Fingerprint(output));
        Assert.True(OutputMarker.IsIn(output));
        Assert.Equal("This folder was written by StaticSite (staticsite build). The next build replaces it whole: keep no other files here.\n",
            File.ReadAllText(Path.Combine(output, OutputMarker.FileName)));
    }

    [Fact]
    public void AnOutputThroughALink_IsBuiltInTheFolderItPointsTo_AndTheLinkStays()
    {
        var real = Directory.CreateDirectory(repo.PathOf("published/site")).FullName;
        var link = repo.PathOf("output");
        Directory.CreateSymbolicLink(link, real);

        Assert.Equal(ExitCodes.Ok, InProcessCli.Run(Site("build", link)).Code);
        Assert.Equal(ExitCodes.Ok, InProcessCli.Run(Site("build", link)).Code);

        Assert.Equal(real, new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "index.html")));
        Assert.True(OutputMarker.IsIn(real));
        Assert.True(Directory.Exists(repo.PathOf("published/.site.staticsite"))); // the work folder beside the real folder
    }

    [Fact]
    public void AnOutputThroughALinkToTheInput_IsRefused()
    {
        Directory.CreateSymbolicLink(repo.PathOf("output"), repo.PathOf("input"));

        var (code, _, stderr) = InProcessCli.Run(Site("build", repo.PathOf("output")));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"({repo.PathOf("input")}) is the input folder", stderr);
    }

    [Fact]
    public void ACacheInsideTheOutput_IsRefused()
    {
        var (code, _, stderr) = InProcessCli.Run(Site("build", repo.PathOf("output"), "--cache", repo.PathOf("output/cards")));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("contains the share-card cache", stderr);
    }

    [Fact]
    public void Check_WritesNothingAnywhere_NotEvenShareCardsIntoTheCache()
    {
        var before = repo.SourceFingerprint();

        var (code, stdout, _) = InProcessCli.Run(Site("check", repo.PathOf("output")));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("pages checked, 0 errors", stdout);
        Assert.Equal(before, repo.SourceFingerprint());
        Assert.Equal([".git", "input", "notes.md", "theme"], Directory.GetFileSystemEntries(repo.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_UsesTheCardsACacheHas_AndLeavesTheCacheExactlyAsItWas()
    {
        Assert.Equal(ExitCodes.Ok, InProcessCli.Run(Site("build", repo.PathOf("output"))).Code);
        var cache = repo.PathOf(".staticsite-cache");
        var card = Directory.GetFiles(cache, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.Delete(card); // one card the check must draw without storing it
        var before = ScratchRepository.Fingerprint(cache) + Directory.GetLastWriteTimeUtc(cache).Ticks;

        var (code, _, _) = InProcessCli.Run(Site("check", repo.PathOf("output")));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(before, ScratchRepository.Fingerprint(cache) + Directory.GetLastWriteTimeUtc(cache).Ticks);
    }
}
