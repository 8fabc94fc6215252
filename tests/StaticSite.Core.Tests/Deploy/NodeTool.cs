using System.Diagnostics;

namespace StaticSite.Core.Tests.Deploy;

/// <summary>
/// An npm package the publishing tests run with Node. Where Node or the package is missing the test is skipped
/// with the command that installs it; under CI (CI set) a missing tool is a failure, so CI cannot pass by skipping.
/// </summary>
internal static class NodeTool
{
    public static void Require(string what, string installedPath, string install)
    {
        string? missing = null;
        if (!OnPath("node")) missing = "node is not installed";
        else if (!File.Exists(installedPath) && !Directory.Exists(installedPath)) missing = $"run '{install}'";
        if (missing is null) return;
        Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, $"CI must run {what}: {missing}");
        Assert.Skip($"{what} skipped: {missing}");
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    /// <summary>Runs <c>node script arguments…</c>; fails the test if it has not finished within two minutes.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string script, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {Path.GetFileName(script)} did not finish within two minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
