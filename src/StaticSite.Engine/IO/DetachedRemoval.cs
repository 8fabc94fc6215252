using System.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// Deletes folders in a process of its own that goes on after the build has exited (<c>rm -rf</c> under <c>nice</c>,
/// through <c>/bin/sh</c>), as <c>git gc --auto</c> does its housekeeping: deleting a large output takes as long as
/// building it, and neither the build nor the person waiting for it needs it done. The folders have names the next
/// build recognises (<see cref="WorkFolder"/>), so one whose deletion was stopped half-way is deleted again then;
/// two deletions of one folder at once do no harm, as <c>rm -f</c> passes over what the other already removed.
/// </summary>
public static class DetachedRemoval
{
    // The shell gives rm no handle of ours: a reader of the build's output (a pipe) sees its end when the build exits,
    // not when rm does. .NET opens its own files close-on-exec, so rm holds neither the lock nor any other file.
    private const string Script = "exec nice -n 10 rm -rf -- \"$@\" </dev/null >/dev/null 2>&1";

    /// <summary>Whether this system has the shell and <c>rm</c> it needs.</summary>
    public static bool IsAvailable => !OperatingSystem.IsWindows() && File.Exists("/bin/sh");

    /// <returns>The process id of the deleting process, or null when it could not be started (nothing was deleted).</returns>
    public static int? Start(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0 || !IsAvailable) return null;
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var arg in (string[])["-c", Script, "sh", .. folders]) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start);
            return process?.Id;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }
}
