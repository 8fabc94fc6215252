using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// The CLI as a process of its own (the JIT build beside the tests, <c>dotnet staticsite.dll</c>): for what only a
/// process has, a current folder, signals, another user, a race with a second process.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "staticsite.dll");

    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private CliProcess(string workingDirectory, IReadOnlyList<string> args, IReadOnlyList<string>? prefix)
    {
        var start = new ProcessStartInfo(prefix is { Count: > 0 } ? prefix[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (prefix is { Count: > 0 })
        {
            foreach (var arg in prefix.Skip(1)) start.ArgumentList.Add(arg);
            start.ArgumentList.Add("dotnet");
        }
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Another user (setpriv) must still find a home for the SDK's first-run files.
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_NOLOGO"] = "1";
        // What would change its output: the CLI runs as on a developer's machine, whatever CI or Netlify set for the tests.
        foreach (var name in (string[])["GITHUB_ACTIONS", "CONTEXT", "DEPLOY_PRIME_URL", "STATICSITE_BASE_URL"]) start.Environment.Remove(name);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Stdout { get { lock (stdout) return stdout.ToString(); } }

    public string Stderr { get { lock (stderr) return stderr.ToString(); } }

    /// <summary>Starts <c>staticsite args</c> in <paramref name="workingDirectory"/>, optionally under a command such as <c>setpriv …</c>.</summary>
    public static CliProcess Start(string workingDirectory, IReadOnlyList<string> args, IReadOnlyList<string>? prefix = null) =>
        new(workingDirectory, args, prefix);

    /// <summary>Runs it to the end (two minutes at most: longer is a hang, and fails the test).</summary>
    public static (int Code, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        return cli.Finish(TimeSpan.FromMinutes(2));
    }

    public (int Code, string Stdout, string Stderr) Finish(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"staticsite did not finish within {timeout.TotalSeconds} s; its output:\n{Stdout}\n{Stderr}");
        }
        process.WaitForExit(); // the output read to its end
        return (process.ExitCode, Stdout, Stderr);
    }

    /// <summary>Waits until the process has printed <paramref name="text"/> on standard output; false if it exits or time runs out first.</summary>
    public bool WaitForOutput(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Stdout.Contains(text, StringComparison.Ordinal)) return true;
            if (process.HasExited) return false;
            Thread.Sleep(20);
        }
        return false;
    }

    /// <summary>Sends a signal, as <c>kill -s NAME</c> does.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is null) return;
        lock (to) to.Append(line).Append('\n');
    }
}
