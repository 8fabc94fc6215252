using System.Diagnostics;

namespace StaticSite.Core.Tests.Support;

/// <summary>A tmpfs mounted for one test and unmounted after it.</summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static Tmpfs MountOrSkip(string path, string size)
    {
        Directory.CreateDirectory(path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        if (code != 0) Assert.Skip($"cannot mount a tmpfs here (mount exited {code}: {error.Trim()}); run as root where mounting is allowed to test this");
        return new Tmpfs(path);
    }

    public void Remount(string options) => Assert.Equal(0, Run("mount", "-o", $"remount,{options}", Path).Code);

    public void Dispose() => Run("umount", "-l", Path);

    private static (int Code, string Error) Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
