using StaticSite.Cli;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests;

/// <summary>The command line's exit codes and messages. Console output is process-wide, so these run one at a time.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CommandLineTests
{
    [Fact]
    public void Check_OnTheRealSite_ExitsZero_AndPrintsTheSummaryLine()
    {
        var (code, stdout, _) = Run("check", "--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"^\d+ pages checked, 0 errors, 0 warnings, \d+ ms$", stdout.Trim());
    }

    [Fact]
    public void Check_WithTimings_PrintsEveryModule_TheModulesOfThePagePass_AndTheGarbageCollector()
    {
        var (code, stdout, _) = Run("check", "--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"), "--timings");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"Episodes\s+Process\s+ParseEntities`1\s+[\d.]+ ms\s+[\d.]+ ms CPU\s+\d+ MiB allocated\s+heap\s+\d+ MiB\s+GC paused\s+[\d.]+ ms", stdout);
        var pass = stdout.Split('\n').SkipWhile(l => !l.Contains("ForEachDocument", StringComparison.Ordinal)).Skip(1).Take(5).ToList();
        Assert.Equal(["RenderMarkdown", "AddStructuredData", "RenderVisuals", "ApplyLayout", "BuildSearchIndex"],
            pass.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"› (\w+)\s+[\d.]+ ms on all threads").Groups[1].Value));
        Assert.Matches(@"allocated \d+ MiB, \d+ gen0 / \d+ gen1 / \d+ gen2 collections \(paused \d+ ms\)", stdout);
    }

    [Fact]
    public void Build_WithBadContent_ExitsOne_AndPrintsCompilerStyleDiagnostics()
    {
        using var content = new TempFolder();
        using var output = new TempFolder();
        WriteContentWithABrokenEpisode(content.Path);

        var (code, stdout, stderr) = Run("build", "--input", content.Path, "--theme", Repository.PathOf("theme"), "--output", output.Path);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Matches(@"episodes/ukusa\.yml:1:8: error DATA001: malformed YAML: this '\[' is never closed", stderr);
        Assert.Contains("1 errors", stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }

    [Fact]
    public void Build_WithGc_DeletesTheCachedCardsTheBuildDidNotUse()
    {
        using var cache = new TempFolder();
        using var output = new TempFolder();
        string[] site = ["--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"), "--cache", cache.Path];
        Assert.Equal(ExitCodes.Ok, Run(["build", .. site, "--output", Path.Combine(output.Path, "first")]).Code);
        var cards = Directory.GetFiles(cache.Path, "*.png", SearchOption.AllDirectories).Order().ToList();
        var stale = Path.Combine(cache.Path, "00", new string('0', 64) + ".png"); // as an older version's card would be
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllBytes(stale, [1, 2, 3]);

        var (code, stdout, _) = Run(["build", .. site, "--output", Path.Combine(output.Path, "second"), "--gc"]);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("removed 1 unused share cards", stdout);
        Assert.Equal(cards, Directory.GetFiles(cache.Path, "*.png", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void Build_WithGc_ThatFails_DeletesNoCard()
    {
        using var content = new TempFolder();
        using var cache = new TempFolder();
        using var output = new TempFolder();
        WriteContentWithABrokenEpisode(content.Path);
        var card = Path.Combine(cache.Path, "00", new string('0', 64) + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(card)!);
        File.WriteAllBytes(card, [1, 2, 3]);

        var (code, stdout, _) = Run("build", "--input", content.Path, "--theme", Repository.PathOf("theme"), "--output", output.Path, "--cache", cache.Path, "--gc");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.DoesNotContain("removed", stdout);
        Assert.True(File.Exists(card));
    }

    [Fact]
    public void UnknownOption_ExitsTwo()
    {
        var (code, _, stderr) = Run("build", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error:", stderr);
    }

    [Fact]
    public void MissingInputFolder_ExitsTwo()
    {
        var (code, _, stderr) = Run("check", "--input", "/no/such/folder");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("does not exist", stderr);
    }

    private static void WriteContentWithABrokenEpisode(string folder)
    {
        foreach (var (path, text) in MinimalContent.Files)
        {
            var target = Path.Combine(folder, path["input/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        File.WriteAllText(Path.Combine(folder, "episodes", "ukusa.yml"), "title: [broken\n");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = StaticSiteApp.Run(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
