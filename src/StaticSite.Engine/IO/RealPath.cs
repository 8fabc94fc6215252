namespace StaticSite.Engine.IO;

/// <summary>
/// Where a symbolic link really leads: its target with every link on the way followed, as <c>realpath(3)</c> finds it.
/// </summary>
/// <remarks>
/// Following only the link itself (<see cref="File.ResolveLinkTarget(string, bool)"/>) is not enough: a target such
/// as <c>sub/passwd</c>, where <c>sub</c> is itself a link to <c>/etc</c>, looks as if it stayed in its folder.
/// Links are rare in a site, so the few calls per link this takes cost nothing that shows.
/// </remarks>
internal static class RealPath
{
    /// <summary>As Linux, which gives up on a path after 40 links (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <param name="folder">the real path (no links in it) of the folder that holds the link.</param>
    /// <param name="target">the link's target as written, relative to <paramref name="folder"/> or absolute.</param>
    public static RealPathResult Resolve(string folder, string target)
    {
        var pending = new Stack<string>();
        var start = Path.IsPathRooted(target) ? target : Path.Join(folder, target);
        var resolved = Path.GetPathRoot(start)!;
        Push(pending, start);
        for (var links = 0; pending.TryPop(out var part);)
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Join(resolved, part);
            string? link;
            try
            {
                link = new FileInfo(next).LinkTarget;
            }
            catch (UnauthorizedAccessException e)
            {
                return RealPathResult.Denied(SystemReason.Of(e));
            }
            catch (IOException e)
            {
                return RealPathResult.Denied(SystemReason.Of(e));
            }
            if (link is null)
            {
                if (!Path.Exists(next)) return RealPathResult.Missing;
                resolved = next;
                continue;
            }
            if (++links > MaxLinks) return RealPathResult.Loop;
            // A relative target is relative to the folder the link is in, which is where the walk stands.
            if (Path.IsPathRooted(link)) resolved = Path.GetPathRoot(link)!;
            Push(pending, link);
        }
        return RealPathResult.Found(resolved);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsInside(string path, string folder) =>
        path.Length == folder.Length
            ? path == folder
            : path.StartsWith(folder, StringComparison.Ordinal) && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    // Queues the parts of the path after its root, to be walked in order.
    private static void Push(Stack<string> pending, string path)
    {
        var parts = path[(Path.GetPathRoot(path)?.Length ?? 0)..].Split(['/', Path.DirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
