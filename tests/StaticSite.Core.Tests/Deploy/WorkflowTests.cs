using System.Text.RegularExpressions;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using YamlDotNet.RepresentationModel;
using static StaticSite.Core.Tests.Deploy.WorkflowFile;

namespace StaticSite.Core.Tests.Deploy;

/// <summary>
/// .github/workflows/site.yml has the properties the deploy depends on: pinned actions, one run per pull request,
/// least permissions, the tests before any deploy, secrets only where a deploy needs them. GitHub's own schema
/// is checked by <see cref="WorkflowLinterTests"/>.
/// </summary>
public sealed partial class WorkflowTests
{
    private static IEnumerable<string> Uses => AllSteps.Select(s => Str(s, "uses")).OfType<string>();

    private static YamlMappingNode StepUsing(string job, string action) =>
        Assert.Single(Steps(job), s => Str(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    /// <summary>The step of the test job that uploads the artifact of this name.</summary>
    private static YamlMappingNode Upload(string name) =>
        Assert.Single(Steps("test"), s => Str(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true
            && Str(Map(s, "with"), "name") == name);

    private static YamlMappingNode StepRunning(string job, string command) =>
        Assert.Single(Steps(job), s => Str(s, "run")?.Contains(command, StringComparison.Ordinal) == true);

    private static int IndexOf(string job, Func<YamlMappingNode, bool> match) =>
        Steps(job).Select((s, i) => (s, i)).Single(p => match(p.s)).i;

    [Fact]
    public void RunsOnceForAPullRequest_PushOnlyOnMain()
    {
        var on = Map(Root, "on");

        var branches = ((YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")]).Children.Cast<YamlScalarNode>();
        Assert.Equal(["main"], branches.Select(b => b.Value));
        Assert.Contains(new YamlScalarNode("pull_request"), on.Children.Keys);
        Assert.Equal(["push", "pull_request"], on.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value));
    }

    [Fact]
    public void EveryAction_IsPinnedByCommitSha_WithItsReleaseInAComment()
    {
        var lines = Text.Split('\n').Where(l => UsesLine().IsMatch(l)).ToList();

        Assert.Equal(Uses.Count(), lines.Count);
        Assert.Contains(Uses, u => u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(Pinned(), l));
        // One action, one commit: two steps may not run different code under the same name.
        var byAction = Uses.Select(u => u.Split('@')).GroupBy(p => p[0], p => p[1]);
        Assert.All(byAction, g => Assert.Single(g.Distinct()));
    }

    [Fact]
    public void Dotnet_ComesFromGlobalJson()
    {
        var dotnet = StepUsing("test", "actions/setup-dotnet");

        Assert.Equal("global.json", Str(Map(dotnet, "with"), "global-json-file"));
    }

    [Fact]
    public void Permissions_AreNoneByDefault_AndOnlyTheCommentJobMayWrite()
    {
        Assert.Empty(Map(Root, "permissions").Children);
        Assert.All(JobNames, job => Assert.NotNull(Child(Job(job), "permissions")));
        var writers = JobNames.Where(job => Map(Job(job), "permissions").Children.Values.Any(v => ((YamlScalarNode)v).Value == "write")).ToList();

        Assert.Equal(["comment"], writers);
        Assert.Equal("write", Str(Map(Job("comment"), "permissions"), "pull-requests"));
        Assert.Single(Map(Job("comment"), "permissions").Children);
        Assert.Equal("read", Str(Map(Job("test"), "permissions"), "contents"));
        Assert.Single(Map(Job("test"), "permissions").Children);
    }

    [Fact]
    public void Secrets_AreOnlyInTheDeployJobs_WhichCannotWrite()
    {
        var withSecrets = JobNames.Where(job => Dump(Job(job)).Contains("secrets.", StringComparison.Ordinal)).ToList();

        Assert.Equal(["production", "draft"], withSecrets);
        Assert.All(withSecrets, job => Assert.Empty(Map(Job(job), "permissions").Children));
    }

    [Fact]
    public void TestJob_InstallsItsTools_Tests_Builds_AndKeepsTheOutput()
    {
        var install = Str(StepRunning("test", "apt-get install"), "run")!;
        Assert.Contains("clang zlib1g-dev default-jre-headless", install, StringComparison.Ordinal);
        Assert.DoesNotContain("chromium", install, StringComparison.Ordinal);
        var env = Map(Job("test"), "env");
        Assert.Equal("/usr/bin/google-chrome", Str(env, "CHROMIUM_PATH"));
        Assert.Equal("/usr/lib/jvm/default-java", Str(env, "JAVA_HOME"));
        StepRunning("test", "npm ci --prefix tests ");
        StepRunning("test", "npm ci --prefix tests/netlify-config ");
        var upload = Upload("site");
        Assert.Equal(BuildOptions.DefaultOutputDirectory + "/", Str(Map(upload, "with"), "path"));

        var test = IndexOf("test", s => Str(s, "run") == "dotnet test");
        var build = IndexOf("test", s => Str(s, "run")?.Contains("-- build", StringComparison.Ordinal) == true);
        var keep = IndexOf("test", s => s == upload);
        Assert.True(test < build && build < keep, "the site is built and kept only after the tests pass");
    }

    [Fact]
    public void Screenshots_TheTestsSave_AreKept_EvenWhenATestFails()
    {
        var test = Assert.Single(Steps("test"), s => Str(s, "run") == "dotnet test");
        var folder = Str(Map(test, "env"), "STATICSITE_SCREENSHOTS");
        Assert.False(string.IsNullOrEmpty(folder), "the test step names no STATICSITE_SCREENSHOTS folder");

        var keep = Upload("screenshots");
        Assert.Equal(folder!.TrimEnd('/') + "/", Str(Map(keep, "with"), "path"));
        Assert.Equal("${{ !cancelled() }}", Str(keep, "if"));
        Assert.True(IndexOf("test", s => s == test) < IndexOf("test", s => s == keep), "the screenshots are kept after the tests take them");
    }

    [Fact]
    public void Caches_NuGetByEveryProjectsLockFile_AndNpmByBothLockFiles()
    {
        var dotnet = Map(StepUsing("test", "actions/setup-dotnet"), "with");
        Assert.Equal("true", Str(dotnet, "cache"));
        Assert.Equal("**/packages.lock.json", Str(dotnet, "cache-dependency-path"));
        Assert.DoesNotContain(Uses, u => u.StartsWith("actions/cache@", StringComparison.Ordinal)); // one NuGet cache, not two
        foreach (var project in Directory.EnumerateFiles(RealSite.Root, "*.csproj", SearchOption.AllDirectories).Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json")), $"{project} has no packages.lock.json: run 'dotnet restore' and commit it");
        }

        var node = Map(StepUsing("test", "actions/setup-node"), "with");
        Assert.Equal("npm", Str(node, "cache"));
        var locks = Str(node, "cache-dependency-path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["tests/package-lock.json", "tests/netlify-config/package-lock.json"], locks);
        Assert.All(locks, l => Assert.True(File.Exists(Path.Combine(RealSite.Root, l)), $"{l} does not exist"));
    }

    [Fact]
    public void DeployJobs_NeedTheTests_AndDeployTheFolderTheyPassed()
    {
        var uploaded = Str(Map(Upload("site"), "with"), "name");

        foreach (var job in new[] { "production", "draft" })
        {
            Assert.Equal("test", Str(Job(job), "needs"));
            var download = Map(StepUsing(job, "actions/download-artifact"), "with");
            Assert.Equal(uploaded, Str(download, "name"));
            Assert.Equal(BuildOptions.DefaultOutputDirectory, Str(download, "path"));
            Assert.Contains($"deploy --dir {BuildOptions.DefaultOutputDirectory} ", Str(StepRunning(job, "deploy --dir"), "run"), StringComparison.Ordinal);
            Assert.Contains("--no-build", Str(StepRunning(job, "deploy --dir"), "run"), StringComparison.Ordinal);
            Assert.DoesNotContain(Steps(job), s => Str(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Main_DeploysToTheProductionEnvironment_WithItsUrl_AndAPinnedNetlifyCli()
    {
        var production = Job("production");
        var environment = Map(production, "environment");

        Assert.Equal("production", Str(environment, "name"));
        Assert.Equal("${{ steps.deploy.outputs.url }}", Str(environment, "url"));
        Assert.Contains("github.event_name == 'push'", Str(production, "if"), StringComparison.Ordinal);
        Assert.Contains("refs/heads/main", Str(production, "if"), StringComparison.Ordinal);
        var deploy = StepRunning("production", "--prod");
        Assert.Equal("deploy", Str(deploy, "id"));
        Assert.Contains("GITHUB_OUTPUT", Str(deploy, "run"), StringComparison.Ordinal);
        Assert.Matches(@"^netlify-cli@\d+\.\d+\.\d+$", Str(Map(Root, "env"), "NETLIFY_CLI"));
        Assert.Contains("secrets.NETLIFY_AUTH_TOKEN", Str(Map(deploy, "env"), "NETLIFY_AUTH_TOKEN"), StringComparison.Ordinal);
        Assert.Contains("secrets.NETLIFY_SITE_ID", Str(Map(deploy, "env"), "NETLIFY_SITE_ID"), StringComparison.Ordinal);
        // Two pushes to main in a row must not deploy over each other, and a started deploy is never cancelled.
        Assert.Equal("false", Str(Map(production, "concurrency"), "cancel-in-progress"));
    }

    [Fact]
    public void PullRequest_FromThisRepository_GetsADraftDeploy_WhoseUrlIsCommentedInPlace()
    {
        var draft = Job("draft");
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", Str(draft, "if"), StringComparison.Ordinal);
        var run = Str(StepRunning("draft", "deploy --dir"), "run")!;
        Assert.DoesNotContain("--prod", run, StringComparison.Ordinal);
        Assert.Contains("deploy_url", run, StringComparison.Ordinal);
        Assert.Contains("GITHUB_OUTPUT", run, StringComparison.Ordinal);
        Assert.Equal("${{ steps.deploy.outputs.url }}", Str(Map(draft, "outputs"), "url"));

        var comment = Job("comment");
        Assert.Equal("draft", Str(comment, "needs"));
        Assert.Equal("needs.draft.outputs.url != ''", Str(comment, "if"));
        var post = Assert.Single(Steps("comment"));
        var script = Str(post, "run")!;
        // Found by its marker and edited, so a pull request keeps one comment however often it is pushed.
        Assert.Contains("--method PATCH", script, StringComparison.Ordinal);
        Assert.Contains("<!-- staticsite-draft-deploy -->", script, StringComparison.Ordinal);
        // The URL reaches the script as a variable, never pasted into it by an expression.
        Assert.DoesNotContain("${{", script, StringComparison.Ordinal);
        Assert.Equal("${{ needs.draft.outputs.url }}", Str(Map(post, "env"), "URL"));
    }

    [GeneratedRegex(@"^\s*(- )?uses:")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^\s*(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex Pinned();
}
