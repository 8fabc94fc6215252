using System.Diagnostics;
using static StaticSite.Core.Tests.Deploy.WorkflowFile;

namespace StaticSite.Core.Tests.Deploy;

/// <summary>
/// The workflow's build step, run by bash with a stand-in for dotnet that records what the build would see: a pull
/// request builds as Netlify's deploy preview (CONTEXT, and the draft's address, alias pr-NUMBER, as DEPLOY_PRIME_URL),
/// a push to main as production (neither).
/// </summary>
public sealed class WorkflowPreviewBuildTests
{
    [Fact]
    public void APullRequest_BuildsAsADeployPreview_AtTheDraftsAddress()
    {
        var seen = RunBuildStep("pull_request", "17", "explainer");

        Assert.Contains("CONTEXT=deploy-preview", seen);
        Assert.Contains("DEPLOY_PRIME_URL=https://pr-17--explainer.netlify.app", seen);
        Assert.Contains("args=run --project src/StaticSite.Cli -c Release -- build", seen);
        // The draft deploy uses the same alias, so the address the pages name is the address they are served at.
        Assert.Contains("--alias \"pr-$PR_NUMBER\"", Str(Assert.Single(Steps("draft"), s => Str(s, "run")?.Contains("deploy --dir", StringComparison.Ordinal) == true), "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void APullRequest_WithoutTheSiteName_IsStillNoindex_AndSaysWhatIsMissing()
    {
        var seen = RunBuildStep("pull_request", "17", "");

        Assert.Contains("CONTEXT=deploy-preview", seen);
        Assert.Contains("DEPLOY_PRIME_URL=", seen.Split('\n'));
        Assert.Contains("::notice::The repository variable NETLIFY_SITE_NAME is not set", seen);
    }

    [Fact]
    public void APushToMain_BuildsProduction()
    {
        var seen = RunBuildStep("push", "", "explainer");

        Assert.Contains("CONTEXT=", seen.Split('\n'));
        Assert.Contains("DEPLOY_PRIME_URL=", seen.Split('\n'));
    }

    private static string RunBuildStep(string eventName, string pr, string siteName)
    {
        var step = Assert.Single(Steps("test"), s => Str(s, "name") == "Build the site");
        // A shell function outranks any dotnet on the PATH: the stand-in records what the build would see.
        const string standIn = "dotnet() { echo \"CONTEXT=${CONTEXT:-}\"; echo \"DEPLOY_PRIME_URL=${DEPLOY_PRIME_URL:-}\"; echo \"args=$*\"; }\n";
        var start = new ProcessStartInfo("bash", ["-e", "-c", standIn + Str(step, "run")!]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var name in (string[])["CONTEXT", "DEPLOY_PRIME_URL"]) start.Environment.Remove(name);
        start.Environment["EVENT"] = eventName;
        start.Environment["PR_NUMBER"] = pr;
        start.Environment["NETLIFY_SITE_NAME"] = siteName;
        // The step's env block names these three, from the event and the repository's variables.
        var env = Map(step, "env");
        Assert.Equal("${{ github.event_name }}", Str(env, "EVENT"));
        Assert.Equal("${{ github.event.pull_request.number }}", Str(env, "PR_NUMBER"));
        Assert.Equal("${{ vars.NETLIFY_SITE_NAME }}", Str(env, "NETLIFY_SITE_NAME"));
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        Assert.True(bash.WaitForExit(TimeSpan.FromSeconds(20)), "the step did not finish");
        Assert.True(bash.ExitCode == 0, output + bash.StandardError.ReadToEnd());
        return output.ReplaceLineEndings("\n");
    }
}
