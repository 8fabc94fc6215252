using System.Diagnostics;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A golden case built from disk, for what only a file system holds: symbolic links, named pipes, permissions, file
/// names that are not UTF-8, sparse large files, a file gone between listing and reading (the blocks of
/// <see cref="GoldenCase"/>). The site is written to a temporary folder: <c>site/input</c>, <c>site/theme</c>, and
/// beside it <c>outside/secret.txt</c>, a file no build may read.
/// </summary>
public sealed class DiskSite : IDisposable
{
    public const string Secret = "not part of the site";

    private readonly TempFolder folder = new();

    public DiskSite(GoldenCase golden)
    {
        Golden = golden;
        Root = Path.Combine(folder.Path, "site");
        Directory.CreateDirectory(Path.Combine(folder.Path, "outside"));
        File.WriteAllText(Path.Combine(folder.Path, "outside", "secret.txt"), Secret);
        golden.Site().WriteTo(Root);
        File.WriteAllText(Path.Combine(Root, "StaticSite.sln"), ""); // where the CLI's paths are relative to
        if (OperatingSystem.IsLinux()) foreach (var (kind, argument) in golden.DiskBlocks) Apply(kind, argument);
    }

    public GoldenCase Golden { get; }

    public string Root { get; }

    /// <summary>Why this machine cannot build the case, or null: it needs Linux, and to be refused a read as root it needs another user.</summary>
    public string? CannotRun()
    {
        if (!OperatingSystem.IsLinux()) return "file-system golden cases (links, pipes, permissions) run on Linux only";
        if (!NeedsAnotherUser) return null;
        if (FindOnPath("setpriv") is null) return "running as root, and 'setpriv' (util-linux) is missing to run the build as another user, for whom 'unreadable' files are unreadable";
        foreach (var path in new[] { Cli, System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory() })
        {
            if (!OpenToOthers(path)) return $"running as root, and the user nobody cannot reach {path} to run the build as another user (a checkout or .NET under a private folder)";
        }
        return null;
    }

    /// <summary>The diagnostics, one line each (notes included), as the build reports them.</summary>
    public IReadOnlyList<string> Diagnostics() => NeedsAnotherUser ? DiagnosticsAsNobody() : DiagnosticsInProcess();

    public void Dispose()
    {
        // .NET deletes by names it can write, in UTF-8; a name in another encoding needs the system's own rm.
        if (OperatingSystem.IsLinux() && Golden.DiskBlocks.Any(b => b.Kind == "badname")) Run("rm", "-rf", folder.Path);
        folder.Dispose();
    }

    // Root reads every file whatever its permissions, so a case with unreadable files runs the CLI as nobody.
    private bool NeedsAnotherUser => Golden.DiskBlocks.Any(b => b.Kind == "unreadable") && Environment.UserName == "root";

    private IReadOnlyList<string> DiagnosticsInProcess()
    {
        var files = SiteFiles.FromDisk(Path.Combine(Root, "input"), Path.Combine(Root, "theme"), Root);
        foreach (var (_, path) in Golden.DiskBlocks.Where(b => b.Kind == "vanish")) File.Delete(Path.Combine(Root, path));
        return ExplainerSite.Build(files, writeTo: null).DiagnosticLines();
    }

    private IReadOnlyList<string> DiagnosticsAsNobody()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException(CannotRun());
        // Everything open to nobody whatever the umask, but what the case made unreadable.
        Run("chmod", "-R", "a+rX", folder.Path);
        foreach (var (_, path) in Golden.DiskBlocks.Where(b => b.Kind == "unreadable")) File.SetUnixFileMode(Path.Combine(Root, path), UnixFileMode.None);
        var start = new ProcessStartInfo("setpriv") { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        // Diagnostics as text, whatever CI or Netlify set for the tests (GITHUB_ACTIONS=true would print workflow commands).
        foreach (var name in (string[])["GITHUB_ACTIONS", "CONTEXT", "DEPLOY_PRIME_URL", "STATICSITE_BASE_URL"]) start.Environment.Remove(name);
        foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", Cli, "check", "--no-cache", "--input", "input", "--theme", "theme" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        // Each diagnostic is a line of its own (a note, an indented line after it).
        return stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Aggregate(new List<string>(), (lines, line) =>
        {
            if (line.StartsWith("    note:", StringComparison.Ordinal) && lines.Count > 0) lines[^1] += "\n" + line;
            else lines.Add(line);
            return lines;
        });
    }

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static string Cli => Path.Combine(AppContext.BaseDirectory, "staticsite");

    // Whether another user may run what is at the path: every folder above it searchable by others.
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static bool OpenToOthers(string path)
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!); folder is not null; folder = folder.Parent)
        {
            if ((File.GetUnixFileMode(folder.FullName) & UnixFileMode.OtherExecute) == 0) return false;
        }
        return true;
    }

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private void Apply(string kind, string argument)
    {
        switch (kind)
        {
            case "symlink":
                var (link, target) = (argument[..argument.IndexOf(" -> ", StringComparison.Ordinal)], argument[(argument.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]);
                var path = Prepare(link);
                File.CreateSymbolicLink(path, target);
                break;
            case "fifo":
                Run("mkfifo", Prepare(argument));
                break;
            case "unreadable":
                File.SetUnixFileMode(Path.Combine(Root, argument), UnixFileMode.None);
                break;
            case "large":
                var (file, bytes) = (argument[..argument.LastIndexOf(' ')], long.Parse(argument[(argument.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
                using (var stream = File.Create(Prepare(file))) stream.SetLength(bytes);
                break;
            case "badname":
                // .NET writes every name as UTF-8, so the shell makes this one from its bytes.
                var name = GoldenCase.Unescape(argument);
                Run("sh", "-c", "printf x > \"$(printf \"$1\")\"", "sh", string.Concat(name.Select(b => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}")));
                break;
            case "vanish":
                break; // at build time
        }
    }

    // A fresh path: the parent folder made, any file the test site put there removed.
    private string Prepare(string relative)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        return path;
    }

    private void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}");
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
