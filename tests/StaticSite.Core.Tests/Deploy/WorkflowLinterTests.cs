namespace StaticSite.Core.Tests.Deploy;

/// <summary>
/// The workflow against GitHub's own workflow schema, with action-validator (@action-validator/cli, pinned in
/// tests/package.json): unknown keys, misspelt events or permissions and malformed steps fail here rather than
/// on GitHub after a push. Skipped with a message where Node or the package is missing; a failure under CI.
/// </summary>
public sealed class WorkflowLinterTests
{
    private static readonly string Cli = Path.Combine(RealSite.Root, "tests", "node_modules", "@action-validator", "cli", "cli.mjs");

    private static (int ExitCode, string Report) Lint(string workflowPath)
    {
        NodeTool.Require("The workflow linter", Cli, "npm ci --prefix tests");
        var (exit, stdout, stderr) = NodeTool.Run(Cli, [workflowPath], RealSite.Root);
        return (exit, stdout + stderr);
    }

    private static (int ExitCode, string Report) LintEdited(Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("workflow-lint-");
        try
        {
            var copy = Path.Combine(folder.FullName, "site.yml");
            var edited = edit(WorkflowFile.Text);
            Assert.NotEqual(WorkflowFile.Text, edited);
            File.WriteAllText(copy, edited);
            return Lint(copy);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheWorkflow_PassesTheLinter()
    {
        var (exit, report) = Lint(WorkflowFile.FilePath);

        Assert.True(exit == 0, $"action-validator rejected .github/workflows/site.yml:\n{report}");
        Assert.Equal("", report.Trim());
    }

    [Theory]
    [InlineData("  pull_request:\n", "  pull_requests:\n", "pull_requests")]
    [InlineData("      pull-requests: write\n", "      pull-request: write\n", "pull-request")]
    [InlineData("    environment:\n      name: production\n", "    enviroment:\n      name: production\n", "enviroment")]
    public void AMistake_IsReportedByName(string written, string mistake, string reported)
    {
        var (exit, report) = LintEdited(text => text.Replace(written, mistake, StringComparison.Ordinal));

        Assert.Equal(1, exit);
        Assert.Contains($"'{reported}'", report, StringComparison.Ordinal);
    }
}
