using System.Text.RegularExpressions;
using StaticSite.Core.Explainer;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Core.Tests.Publishing;

/// <summary>.github/workflows/site.yml parses and has the steps the deploy depends on.</summary>
public sealed partial class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RealSite.Root, ".github", "workflows", "site.yml"))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Str(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<YamlMappingNode> Steps =>
        Map(Workflow, "jobs").Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()).ToList();

    private static YamlMappingNode StepRunning(string command) => Assert.Single(Steps, s => Str(s, "run")?.Contains(command, StringComparison.Ordinal) == true);

    [Fact]
    public void RunsOnPushAndPullRequest()
    {
        var on = Map(Workflow, "on");

        Assert.Contains(new YamlScalarNode("push"), on.Children.Keys);
        Assert.Contains(new YamlScalarNode("pull_request"), on.Children.Keys);
    }

    [Fact]
    public void EveryAction_IsPinnedToAnExactVersion_AndDotnetComesFromGlobalJson()
    {
        var uses = Steps.Select(s => Str(s, "uses")).OfType<string>().ToList();

        Assert.Contains(uses, u => u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.All(uses, u => Assert.Matches(Pinned(), u));
        var dotnet = Assert.Single(Steps, s => Str(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.Equal("global.json", Str(Map(dotnet, "with"), "global-json-file"));
    }

    [Fact]
    public void InstallsTestTools_Tests_Builds_AndKeepsTheOutput()
    {
        Assert.Contains("chromium default-jre-headless", Str(StepRunning("apt-get install"), "run"), StringComparison.Ordinal);
        StepRunning("npm ci");
        StepRunning("dotnet test");
        StepRunning("-- build");
        var upload = Assert.Single(Steps, s => Str(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal(BuildOptions.DefaultOutputDirectory + "/", Str(Map(upload, "with"), "path"));
        var order = Steps.Select(s => Str(s, "run") ?? Str(s, "uses") ?? "").ToList();
        Assert.True(order.FindIndex(r => r.Contains("dotnet test", StringComparison.Ordinal)) < order.FindIndex(r => r.Contains("deploy --dir", StringComparison.Ordinal)));
    }

    [Fact]
    public void Main_DeploysTheBuiltFolderToProduction_WithAPinnedNetlifyCli()
    {
        var prod = StepRunning("--prod");

        Assert.Contains("refs/heads/main", Str(prod, "if"), StringComparison.Ordinal);
        Assert.Contains($"deploy --dir {BuildOptions.DefaultOutputDirectory} --prod --no-build", Str(prod, "run"), StringComparison.Ordinal);
        Assert.Matches(@"^netlify-cli@\d+\.\d+\.\d+$", Str(Map(Workflow, "env"), "NETLIFY_CLI"));
        var env = Map(prod, "env");
        Assert.Contains("secrets.NETLIFY_AUTH_TOKEN", Str(env, "NETLIFY_AUTH_TOKEN"), StringComparison.Ordinal);
        Assert.Contains("secrets.NETLIFY_SITE_ID", Str(env, "NETLIFY_SITE_ID"), StringComparison.Ordinal);
    }

    [Fact]
    public void PullRequest_GetsADraftDeploy_WhoseUrlGoesToTheJobSummary()
    {
        var draft = Assert.Single(Steps, s => Str(s, "if")?.Contains("pull_request", StringComparison.Ordinal) == true && Str(s, "run")?.Contains("deploy", StringComparison.Ordinal) == true);
        var run = Str(draft, "run")!;

        Assert.DoesNotContain("--prod", run, StringComparison.Ordinal);
        Assert.Contains("--no-build", run, StringComparison.Ordinal);
        Assert.Contains("deploy_url", run, StringComparison.Ordinal);
        Assert.Contains("GITHUB_STEP_SUMMARY", run, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+$")]
    private static partial Regex Pinned();
}
