using System.Text.RegularExpressions;
using StaticSite.Cli;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

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
        Eventually.True(() => Directory.GetDirectories(StaticSite.Engine.IO.WorkFolder.Of(output.Path).Path).Length == 0, "its staging folder deleted");
        Assert.Matches(@"episodes/ukusa\.yml:1:8: error DATA001: malformed YAML: this '\[' is never closed", stderr);
        Assert.Equal("stopped before making any page: 1 error, 0 warnings", Regex.Replace(stdout.Trim(), @", \d+ ms$", ""));
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

    [Theory]
    [InlineData("build --frobnicate", "unknown option '--frobnicate' for 'build'. The options of 'build' are --input, --theme, --cache, --no-cache, --timings, --output, --format, --quiet, --verbose, --base-url, --noindex, --gc and --help")]
    [InlineData("build -x", "unknown option '-x' for 'build'. The options of 'build' are")]
    [InlineData("build --baseURL https://example.org/", "unknown option '--baseURL' for 'build' (did you mean '--base-url'?)")]
    [InlineData("build --baseurl=https://example.org/", "unknown option '--baseurl' for 'build' (did you mean '--base-url'?)")]
    [InlineData("build --outptu site", "unknown option '--outptu' for 'build' (did you mean '--output'?)")]
    [InlineData("check --Theme theme", "unknown option '--Theme' for 'check' (did you mean '--theme'?)")]
    [InlineData("check --gc", "'check' has no option '--gc': it is an option of build.")]
    [InlineData("preview --output site", "'preview' has no option '--output': it is an option of build, check and schema.")]
    [InlineData("build stray", "unexpected argument 'stray': 'build' takes only options (--input, --theme,")]
    [InlineData("build --output", "option '--output' needs a value, for example --output output")]
    [InlineData("build --output --timings", "option '--output' needs a value")]
    [InlineData("preview --port", "option '--port' needs a value, for example --port 8080")]
    [InlineData("preview --base-url https://example.org/", "'preview' has no option '--base-url': it is an option of build and check.")]
    [InlineData("build --format", "option '--format' needs a value, for example --format github")]
    [InlineData("biuld", "unknown command 'biuld' (did you mean 'build'?)")]
    [InlineData("Check --output site", "unknown command 'Check' (did you mean 'check'?)")]
    [InlineData("publish", "unknown command 'publish': the commands are build, check, preview, new and schema")]
    [InlineData("nwe agency gchq", "unknown command 'nwe' (did you mean 'new'?)")]
    [InlineData("schema --ouput schemas", "unknown option '--ouput' for 'schema' (did you mean '--output'?)")]
    [InlineData("schema schemas", "unexpected argument 'schemas': 'schema' takes only options (--input, --theme, --output and --help)")]
    [InlineData("new agency gchq --titel GCHQ", "unknown option '--titel' for 'new' (did you mean '--title'?)")]
    [InlineData("new agency gchq --title", "option '--title' needs a value")]
    public void UnknownOptionsAndStrayArguments_ExitTwo_BeforeAnythingRuns_WithTheNearestOption(string line, string message)
    {
        var (code, stdout, stderr) = Run(line.Split(' '));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error: " + message, stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void EveryOptionTheCheckKnows_IsOneTheParserTakes()
    {
        using var output = new TempFolder();
        string[] all = ["--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"), "--output", Path.Combine(output.Path, "site"),
            "--cache", Path.Combine(output.Path, "cache"), "--no-cache", "--timings", "--format", "text", "--verbose", "--base-url", "https://example.org/", "--noindex"];

        // --quiet, the opposite of --verbose, on a run of its own.
        Assert.Equal(StaticSiteApp.Commands["check"].Keys.Order(), all.Append("--quiet").Where(a => a.StartsWith("--", StringComparison.Ordinal)).Order());
        Assert.Equal(ExitCodes.Ok, Run(["check", .. all]).Code);
        Assert.Equal(ExitCodes.Ok, Run(["check", .. all.Take(4), "--quiet"]).Code);
    }

    [Fact]
    public void MissingThemeFolder_ExitsTwo_NamingIt()
    {
        var (code, _, stderr) = Run("check", "--input", Repository.PathOf("input"), "--theme", "/no/such/theme");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error: the theme folder '/no/such/theme' does not exist (see --theme)", stderr);
    }

    [Fact]
    public void Gc_WithACacheFolderOfTheUsersFiles_IsRefused_AndDeletesNothing()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "logo.png"), [1, 2, 3]);
        Directory.CreateDirectory(Path.Combine(folder.Path, "theme", "assets"));
        File.WriteAllBytes(Path.Combine(folder.Path, "theme", "assets", "photo.png"), [4, 5, 6]);
        var before = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order().ToList();

        var (code, stdout, stderr) = Run("build", "--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"),
            "--output", Path.Combine(folder.Path, "output"), "--cache", folder.Path, "--gc");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"error: --cache '{folder.Path}' ({folder.Path}) is not a share-card cache: it holds", stderr);
        Assert.DoesNotContain("removed", stdout);
        Assert.Equal(before, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void Gc_DeletesOnlyFilesNamedAsCards_InItsOwnCache()
    {
        using var cache = new TempFolder();
        using var output = new TempFolder();
        string[] site = ["--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"), "--cache", cache.Path];
        Assert.Equal(ExitCodes.Ok, Run(["build", .. site, "--output", Path.Combine(output.Path, "first")]).Code);
        // Put there by hand: none is named as the cache names a card.
        string[] mine = [Path.Combine(cache.Path, "ab", "holiday.png"), Path.Combine(cache.Path, "ab", new string('c', 32) + ".png"), Path.Combine(cache.Path, "photos", new string('a', 32) + ".png")];
        foreach (var file in mine)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, [1]);
        }

        var (code, stdout, _) = Run(["build", .. site, "--output", Path.Combine(output.Path, "second"), "--gc"]);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("removed 0 unused share cards", stdout);
        Assert.All(mine, file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public void MissingInputFolder_ExitsTwo()
    {
        var (code, _, stderr) = Run("check", "--input", "/no/such/folder");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("does not exist", stderr);
    }

    internal static void WriteContentWithABrokenEpisode(string folder)
    {
        foreach (var (path, text) in MinimalContent.Files)
        {
            var target = Path.Combine(folder, path["input/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        File.WriteAllText(Path.Combine(folder, "episodes", "ukusa.yml"), "title: [broken\n");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => InProcessCli.Run(args);
}
