using System.Diagnostics;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.Published;

/// <summary>
/// The CLI as users benchmark and deploy it: `dotnet publish` makes one NativeAOT executable. Reflection that
/// works under the JIT can fail there (trimmed members, no runtime code generation), so these tests publish it
/// once per run and use the real executable.
/// </summary>
public static class PublishedCli
{
    public const string ToolchainInstall = "apt-get update && apt-get install -y clang zlib1g-dev";

    private static readonly Lazy<Task<string>> Executable = new(PublishAsync);

    /// <summary>The native executable; skips (or, in CI, fails) when no C toolchain can link it.</summary>
    public static Task<string> ExecutableAsync()
    {
        if (Prerequisite.FindOnPath("clang") is null && Prerequisite.FindOnPath("gcc") is null)
        {
            Prerequisite.Missing("A C toolchain (clang or gcc, which NativeAOT links with)", ToolchainInstall);
        }

        return Executable.Value;
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string file, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The CLI as on a developer's machine, whatever CI or Netlify set for the tests (GITHUB_ACTIONS=true would
        // print diagnostics as workflow commands; Netlify's CONTEXT would make a deploy preview).
        foreach (var name in (string[])["GITHUB_ACTIONS", "CONTEXT", "DEPLOY_PRIME_URL", "STATICSITE_BASE_URL"]) start.Environment.Remove(name);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task<string> PublishAsync()
    {
        var output = Directory.CreateTempSubdirectory("staticsite-published-").FullName;
        var (exit, stdout, stderr) = await RunAsync("dotnet", RepositoryPaths.Root,
            "publish", "src/StaticSite.Cli", "-c", "Release", "-o", output, "-nologo");
        var executable = Path.Combine(output, "staticsite");
        if (exit != 0 || !File.Exists(executable))
        {
            throw new InvalidOperationException($"dotnet publish exited with {exit}:\n{stdout}\n{stderr}");
        }

        return executable;
    }
}
