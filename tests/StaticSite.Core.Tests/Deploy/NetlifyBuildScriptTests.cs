using System.Diagnostics;
using System.Runtime.Versioning;

namespace StaticSite.Core.Tests.Deploy;

/// <summary>
/// scripts/netlify-build.sh, run for real by bash in a scratch copy of the repository whose global.json each test
/// writes, with stand-ins for curl, dotnet-install.sh and dotnet on PATH: they log what they were asked and
/// download nothing. What is left to Netlify itself (that it restores the cache folder) cannot be run here.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private const string Build = "run --project src/StaticSite.Cli -c Release -- build";

    // A dotnet whose --version succeeds (an SDK that satisfies global.json) unless FAKE_INSTALLED_EXIT says
    // otherwise; any other command logs itself and the environment the build would see.
    private const string WorkingDotnet = """
        #!/usr/bin/env bash
        if [ "$1" = --version ]; then echo 10.0.402; exit "${FAKE_INSTALLED_EXIT:-0}"; fi
        echo "installed $* telemetry=$DOTNET_CLI_TELEMETRY_OPTOUT nologo=$DOTNET_NOLOGO nuget=${NUGET_PACKAGES:-}" >> "$FAKE_LOG"
        """;

    private const string BrokenDotnet = """
        #!/usr/bin/env bash
        if [ "$1" = --version ]; then exit 155; fi
        echo "broken $*" >> "$FAKE_LOG"
        """;

    private const string SystemDotnet = """
        #!/usr/bin/env bash
        if [ "$1" = --version ]; then [ "${FAKE_SYSTEM_SDK:-}" = ok ] && exit 0; exit 155; fi
        echo "system $*" >> "$FAKE_LOG"
        """;

    private const string Curl = """
        #!/usr/bin/env bash
        echo "curl $*" >> "$FAKE_LOG"
        [ "${FAKE_CURL:-}" = fail ] && exit 22
        while [ $# -gt 0 ]; do [ "$1" = --output ] && out=$2; shift; done
        cp "$FAKE_TOOLS/dotnet-install.sh" "$out"
        """;

    private const string Installer = """
        #!/usr/bin/env bash
        echo "install $*" >> "$FAKE_LOG"
        while [ $# -gt 0 ]; do [ "$1" = --install-dir ] && dir=$2; shift; done
        mkdir -p "$dir" && cp "$FAKE_TOOLS/working-dotnet" "$dir/dotnet" && chmod +x "$dir/dotnet"
        """;

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("netlify-build-");

    private string Repo => Path.Combine(_scratch.FullName, "repo");
    private string Cache => Path.Combine(_scratch.FullName, "cache");
    private string Tools => Path.Combine(_scratch.FullName, "tools");
    private string Log => Path.Combine(_scratch.FullName, "log");

    public NetlifyBuildScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "scripts"));
        File.Copy(Path.Combine(RealSite.Root, "scripts", "netlify-build.sh"), Path.Combine(Repo, "scripts", "netlify-build.sh"));
        Directory.CreateDirectory(Path.Combine(Tools, "bin"));
        Write(Path.Combine(Tools, "bin", "dotnet"), SystemDotnet);
        Write(Path.Combine(Tools, "bin", "curl"), Curl);
        Write(Path.Combine(Tools, "dotnet-install.sh"), Installer);
        Write(Path.Combine(Tools, "working-dotnet"), WorkingDotnet);
        File.WriteAllText(Log, "");
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private static void Write(string path, string script)
    {
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private void GlobalJson(string version, string? rollForward) =>
        File.WriteAllText(Path.Combine(Repo, "global.json"), $$"""
            {
              "sdk": {
                "version": "{{version}}"{{(rollForward is null ? "" : $",\n    \"rollForward\": \"{rollForward}\"")}}
              },
              "test": {
                "runner": "Microsoft.Testing.Platform"
              }
            }
            """);

    private (int ExitCode, string Output, string[] Log) Run(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repo, "scripts", "netlify-build.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _scratch.FullName,
        };
        start.Environment["PATH"] = $"{Path.Combine(Tools, "bin")}:/usr/bin:/bin";
        start.Environment["HOME"] = Path.Combine(_scratch.FullName, "home");
        start.Environment["NETLIFY"] = "true";
        start.Environment["NETLIFY_CACHE_DIR"] = Cache;
        start.Environment["FAKE_LOG"] = Log;
        start.Environment["FAKE_TOOLS"] = Tools;
        foreach (var name in new[] { "DOTNET_INSTALL_DIR", "DOTNET_ROOT", "NUGET_PACKAGES", "DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_NOLOGO" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "netlify-build.sh did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result, File.ReadAllLines(Log));
    }

    private string InstalledWith(string[] log) => Assert.Single(log, l => l.StartsWith("install ", StringComparison.Ordinal));

    [Theory]
    [InlineData("10.0.401", "latestFeature", "--channel 10.0")]
    [InlineData("10.0.401", "latestMinor", "--channel 10.0")]
    [InlineData("10.0.401", "latestMajor", "--channel 10.0")]
    [InlineData("10.0.401", "latestPatch", "--channel 10.0.4xx")]
    [InlineData("10.0.401", null, "--channel 10.0.4xx")]
    [InlineData("10.0.401", "patch", "--channel 10.0.4xx")]
    [InlineData("9.0.305", "feature", "--channel 9.0.3xx")]
    [InlineData("10.0.100", "minor", "--channel 10.0.1xx")]
    [InlineData("10.0.401", "disable", "--version 10.0.401")]
    [InlineData("10.0.100-rc.2.25502.107", "latestFeature", "--version 10.0.100-rc.2.25502.107")]
    public void InstallsWhatTheRollForwardPolicyAccepts(string version, string? rollForward, string expected)
    {
        GlobalJson(version, rollForward);

        var (exit, output, log) = Run();

        Assert.True(exit == 0, output);
        Assert.Equal($"install {expected} --install-dir {Cache}/dotnet.new --no-path", InstalledWith(log));
    }

    [Fact]
    public void FirstBuild_DownloadsWithRetries_KeepsTheSdkAndPackagesInNetlifysCache_AndBuilds()
    {
        GlobalJson("10.0.401", "latestFeature");

        var (exit, output, log) = Run();

        Assert.True(exit == 0, output);
        var curl = Assert.Single(log, l => l.StartsWith("curl ", StringComparison.Ordinal));
        Assert.Contains("--retry 5 ", curl, StringComparison.Ordinal);
        Assert.Contains("--retry-all-errors", curl, StringComparison.Ordinal);
        Assert.Contains("--fail", curl, StringComparison.Ordinal);
        Assert.EndsWith("https://dot.net/v1/dotnet-install.sh", curl, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Cache, "dotnet", "dotnet")));
        Assert.False(Directory.Exists(Path.Combine(Cache, "dotnet.new")));
        Assert.Equal($"installed {Build} telemetry=1 nologo=1 nuget={Cache}/nuget/packages", log[^1]);
    }

    [Fact]
    public void CachedBuild_UsesTheCachedSdk_AndDownloadsNothing()
    {
        GlobalJson("10.0.401", "latestFeature");
        Directory.CreateDirectory(Path.Combine(Cache, "dotnet"));
        Write(Path.Combine(Cache, "dotnet", "dotnet"), WorkingDotnet);

        var (exit, output, log) = Run();

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(log, l => l.StartsWith("curl ", StringComparison.Ordinal) || l.StartsWith("install ", StringComparison.Ordinal));
        Assert.Equal([$"installed {Build} telemetry=1 nologo=1 nuget={Cache}/nuget/packages"], log);
    }

    [Fact]
    public void AnSdkAlreadyOnPath_ThatSatisfiesGlobalJson_IsUsed()
    {
        GlobalJson("10.0.401", "latestFeature");

        var (exit, output, log) = Run(("FAKE_SYSTEM_SDK", "ok"));

        Assert.True(exit == 0, output);
        Assert.Equal([$"system {Build}"], log);
    }

    [Fact]
    public void ACachedSdkThatNoLongerSatisfiesGlobalJson_IsReplaced()
    {
        GlobalJson("10.0.401", "latestFeature");
        Directory.CreateDirectory(Path.Combine(Cache, "dotnet"));
        Write(Path.Combine(Cache, "dotnet", "dotnet"), BrokenDotnet);

        var (exit, output, log) = Run();

        Assert.True(exit == 0, output);
        InstalledWith(log);
        Assert.DoesNotContain(log, l => l.StartsWith("broken ", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(Tools, "working-dotnet")), File.ReadAllText(Path.Combine(Cache, "dotnet", "dotnet")));
    }

    [Fact]
    public void AFailedDownload_StopsTheBuild_AndLeavesNothingInTheCache()
    {
        GlobalJson("10.0.401", "latestFeature");

        var (exit, _, log) = Run(("FAKE_CURL", "fail"));

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain(log, l => l.Contains(Build, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Cache, "dotnet")));
        Assert.False(Directory.Exists(Path.Combine(Cache, "dotnet.new")));
    }

    [Fact]
    public void AnInstalledSdkTheSdkResolverRejects_StopsTheBuild_WithTheReason()
    {
        GlobalJson("10.0.401", "latestFeature");

        var (exit, output, log) = Run(("FAKE_INSTALLED_EXIT", "155"));

        Assert.Equal(1, exit);
        Assert.Contains("does not satisfy it", output, StringComparison.Ordinal);
        Assert.DoesNotContain(log, l => l.Contains(Build, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Cache, "dotnet")));
        Assert.False(Directory.Exists(Path.Combine(Cache, "dotnet.new")));
    }

    [Fact]
    public void AnUnknownRollForwardPolicy_IsNamed()
    {
        GlobalJson("10.0.401", "latestish");

        var (exit, output, log) = Run();

        Assert.NotEqual(0, exit);
        Assert.Contains("unknown rollForward 'latestish'", output, StringComparison.Ordinal);
        Assert.DoesNotContain(log, l => l.StartsWith("curl ", StringComparison.Ordinal));
    }

    [Fact]
    public void ShellCheck_FindsNothing_InTheBuildAndCiScripts()
    {
        if (!NodeTool.OnPath("shellcheck"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, "CI must run shellcheck: apt-get install shellcheck");
            Assert.Skip("shellcheck is not installed: apt-get install shellcheck");
        }

        var start = new ProcessStartInfo("shellcheck", ["scripts/netlify-build.sh", ".ci/run"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RealSite.Root,
        };
        using var process = Process.Start(start)!;
        var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "shellcheck did not finish");

        Assert.True(process.ExitCode == 0, report);
    }
}
