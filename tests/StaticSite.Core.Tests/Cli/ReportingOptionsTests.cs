using System.Text.Json;
using StaticSite.Cli;
using StaticSite.Cli.Reporting;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

/// <summary>--quiet, --verbose, --version, --format and the deploy environment, as a user of the command line sees them.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReportingOptionsTests
{
    private static readonly string[] RealSite = ["--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme")];

    [Fact]
    public void Quiet_OnAGoodSite_PrintsNothing()
    {
        var (code, stdout, stderr) = InProcessCli.Run(["check", .. RealSite, "--quiet"]);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Quiet_OnBadContent_PrintsTheDiagnosticsOnly()
    {
        using var content = new TempFolder();
        CommandLineTests.WriteContentWithABrokenEpisode(content.Path);

        var (code, stdout, stderr) = InProcessCli.Run("check", "--input", content.Path, "--theme", Repository.PathOf("theme"), "--quiet");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Empty(stdout);
        Assert.Matches(@"^\S*episodes/ukusa\.yml:1:8: error DATA001: malformed YAML: this '\[' is never closed[^\n]*\n$", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void QuietAndVerbose_Together_AreAUsageError()
    {
        var (code, _, stderr) = InProcessCli.Run(["check", .. RealSite, "--quiet", "--verbose"]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error: --quiet and --verbose ask for opposite things", stderr);
    }

    [Fact]
    public void Verbose_PrintsEveryPipelinesPhases_AndTheFilesRead_ThenTheSummary()
    {
        var (code, stdout, _) = InProcessCli.Run(["check", .. RealSite, "--verbose"]);

        Assert.Equal(ExitCodes.Ok, code);
        var lines = stdout.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("phases:", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  Episodes\s+Process\s+[\d.]+ ms$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  Pages\s+PostProcess\s+[\d.]+ ms$"));
        Assert.Matches(@"^files read \(\d+\):$", lines.Single(l => l.StartsWith("files read", StringComparison.Ordinal)));
        Assert.Contains("  input/site.yml", lines);
        Assert.Contains("  input/agencies/gchq.yml", lines);
        Assert.Matches(@"^\d+ pages checked, 0 errors, 0 warnings, \d+ ms$", lines[^1]);
    }

    [Fact]
    public void Version_PrintsTheAssemblysInformationalVersion()
    {
        var (code, stdout, _) = InProcessCli.Run("--version");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(StaticSiteApp.Version, stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", StaticSiteApp.Version);
    }

    [Fact]
    public void FormatJson_PutsOnlyJsonLinesOnStandardOutput_AndTheSummaryOnStandardError()
    {
        using var content = new TempFolder();
        CommandLineTests.WriteContentWithABrokenEpisode(content.Path);

        var (code, stdout, stderr) = InProcessCli.Run("check", "--input", content.Path, "--theme", Repository.PathOf("theme"), "--format", "json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        var line = Assert.Single(stdout.ReplaceLineEndings("\n").TrimEnd().Split('\n'));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("DATA001", json.RootElement.GetProperty("code").GetString());
        Assert.EndsWith("episodes/ukusa.yml", json.RootElement.GetProperty("path").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("column").GetInt32());
        Assert.Contains("stopped before making any page: 1 error, 0 warnings", stderr);
    }

    [Fact]
    public void UnderGitHubActions_WithoutFormat_PrintsWorkflowCommands_AndFormatTextStillWins()
    {
        using var content = new TempFolder();
        CommandLineTests.WriteContentWithABrokenEpisode(content.Path);
        var actions = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };
        string[] check = ["check", "--input", content.Path, "--theme", Repository.PathOf("theme")];

        var (_, _, github) = InProcessCli.RunWith(actions, check);
        var (_, _, text) = InProcessCli.RunWith(actions, [.. check, "--format", "text"]);

        Assert.Matches(@"^::error file=\S*episodes/ukusa\.yml,line=1,col=8,title=DATA001::malformed YAML: this '\[' is never closed", github);
        Assert.Matches(@"^\S*episodes/ukusa\.yml:1:8: error DATA001: ", text);
    }

    [Fact]
    public void AnUnknownFormat_IsAUsageError()
    {
        var (code, _, stderr) = InProcessCli.Run(["check", .. RealSite, "--format", "xml"]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error: --format must be text, github or json, not 'xml'", stderr);
    }

    [Theory]
    [InlineData("example.org", "--base-url")]
    [InlineData("ftp://example.org/", "--base-url")]
    public void ABadBaseUrl_IsAUsageError_BeforeAnythingIsWritten(string url, string from)
    {
        using var output = new TempFolder();
        var (code, stdout, stderr) = InProcessCli.Run(["build", .. RealSite, "--output", Path.Combine(output.Path, "site"), "--base-url", url]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"error: {from} must be an absolute http or https URL of the site's root", stderr);
        Assert.Empty(stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }

    [Fact]
    public void ABadBaseUrlFromTheEnvironment_IsAUsageError_NamingTheVariable()
    {
        var (code, _, stderr) = InProcessCli.RunWith(new Dictionary<string, string> { ["STATICSITE_BASE_URL"] = "staging" }, ["check", .. RealSite]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error: STATICSITE_BASE_URL must be an absolute http or https URL", stderr);
    }

    [Fact]
    public void ANetlifyDeployPreview_BuildsWithItsUrl_AndNoindex_AndSaysSo()
    {
        using var output = new TempFolder();
        var site = Path.Combine(output.Path, "site");
        var netlify = new Dictionary<string, string> { ["CONTEXT"] = "deploy-preview", ["DEPLOY_PRIME_URL"] = "https://deploy-preview-9--explainer.netlify.app" };

        var (code, stdout, stderr) = InProcessCli.RunWith(netlify, ["build", .. RealSite, "--output", site, "--no-cache"]);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.StartsWith("base URL https://deploy-preview-9--explainer.netlify.app/ (from DEPLOY_PRIME_URL); every page noindex (CONTEXT=deploy-preview)\n", stdout.ReplaceLineEndings("\n"));
        var gchq = File.ReadAllText(Path.Combine(site, "agencies", "gchq", "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", gchq);
        Assert.Contains("<link rel=\"canonical\" href=\"https://deploy-preview-9--explainer.netlify.app/agencies/gchq/\">", gchq);
        Assert.Contains("X-Robots-Tag: noindex", File.ReadAllText(Path.Combine(site, "_headers")));
    }

    [Theory]
    [InlineData(0, "error", "0 errors")]
    [InlineData(1, "error", "1 error")]
    [InlineData(2, "warning", "2 warnings")]
    [InlineData(1, "page", "1 page")]
    public void Counts_ArePluralisedAsEnglishIs(int count, string noun, string expected) => Assert.Equal(expected, BuildReport.Count(count, noun));
}
