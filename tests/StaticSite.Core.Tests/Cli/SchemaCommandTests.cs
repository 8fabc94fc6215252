using StaticSite.Cli;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Core.Tests.Cli;

/// <summary>'staticsite schema': writes every schema where it is told, once, and never into the folders the build reads.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_WritesEverySchema_ThenReportsThemUnchanged()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "schemas");

        var first = Run(folder, "--output", output);
        var second = Run(folder, "--output", output);

        Assert.True(first.Code == ExitCodes.Ok, first.Stderr);
        var count = ContentSchemas.All().Count;
        Assert.Equal($"{count} schemas in {output}, {count} written, 0 unchanged\n", first.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal($"{count} schemas in {output}, 0 written, {count} unchanged\n", second.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(ContentSchemas.All().Select(s => s.File).Order(StringComparer.Ordinal),
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // The schemas read back as content would be the build's input: refused before anything is written.
    [Theory]
    [InlineData("input", "the input folder")]
    [InlineData("input/agencies", "the input folder")]
    [InlineData("theme", "the theme folder")]
    [InlineData("theme/partials", "the theme folder")]
    public void Schema_IntoAFolderTheBuildReads_IsRefusedWithExit2_AndWritesNothing(string into, string named)
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var before = FilesUnder(folder.Path);

        var (code, stdout, stderr) = Run(folder, "--output", Path.Combine(folder.Path, into));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"lies inside {named}", stderr, StringComparison.Ordinal);
        Assert.Contains("Choose a folder outside it with --output (the default is 'schemas'", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.Equal(before, FilesUnder(folder.Path));
    }

    [Fact]
    public void Schema_IntoTheInputOfTheRepositoryItLiesIn_IsRefused_ThoughRunFromElsewhere()
    {
        // Run from another folder, --input defaults to a folder that is not the repository's: its content is still guarded.
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        var before = FilesUnder(Path.Combine(folder.Path, "input"));

        var (code, _, stderr) = InProcessCli.Run("schema", "--output", Path.Combine(folder.Path, "input", "people"),
            "--input", Path.Combine(folder.Path, "elsewhere", "input"), "--theme", Path.Combine(folder.Path, "elsewhere", "theme"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("lies inside the input folder", stderr, StringComparison.Ordinal);
        Assert.Equal(before, FilesUnder(Path.Combine(folder.Path, "input")));
    }

    [Fact]
    public void Schema_IntoAFolderReachedThroughASymlinkIntoTheInput_IsRefused()
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var link = Path.Combine(folder.Path, "schemas-link");
        Directory.CreateSymbolicLink(link, Path.Combine(folder.Path, "input"));

        var (code, _, stderr) = Run(folder, "--output", link);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("lies inside the input folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(folder.Path, "input")), f => f.EndsWith(".schema.json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a-file", "is a file, not a folder")]
    [InlineData("a-file/schemas", "which is a file: no folder can be made there")]
    [InlineData(" ", "'--output' is empty")]
    public void Schema_IntoAFileUnderAFileOrNothing_IsRefusedWithExit2(string into, string message)
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "a-file"), "kept");

        var (code, _, stderr) = Run(folder, "--output", into == " " ? into : Path.Combine(folder.Path, into));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(folder.Path, "a-file")));
    }

    [Fact]
    public void Schema_OntoAReadOnlyFileSystem_FailsWithExit4_AndSaysWhere()
    {
        using var folder = new TempFolder();
        using var mount = Tmpfs.MountOrSkip(Path.Combine(folder.Path, "disk"), "1m");
        mount.Remount("ro");
        var output = Path.Combine(mount.Path, "schemas");

        var (code, _, stderr) = Run(folder, "--output", output);

        Assert.Equal(ExitCodes.InputOutput, code);
        Assert.Contains($"error: cannot write the schemas to '{output}'", stderr, StringComparison.Ordinal);
        Assert.Contains("Read-only file system", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(TempFolder folder, params string[] output) =>
        InProcessCli.Run(["schema", .. output, "--input", Path.Combine(folder.Path, "input"), "--theme", Path.Combine(folder.Path, "theme")]);

    private static string[] FilesUnder(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
}
