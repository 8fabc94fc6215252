namespace StaticSite.Engine.IO;

/// <summary>
/// A path with every symbolic link in it followed, as <c>realpath</c> gives it, but also for a path whose last
/// parts do not exist yet (an output folder a first build will make). Comparing folders by these paths sees
/// through a link: <c>--output site</c> where <c>site</c> links to <c>input/</c> is the input.
/// </summary>
public static class ResolvedPath
{
    // As the kernel's own limit on links followed in one lookup (Linux: 40): past it, the links form a loop.
    private const int MaxLinks = 40;

    /// <exception cref="IOException">a link cannot be followed (a loop, or one that cannot be read).</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it; both real paths.</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        path = Path.TrimEndingDirectorySeparator(path);
        folder = Path.TrimEndingDirectorySeparator(folder);
        if (string.Equals(path, folder, comparison)) return true;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links at '{next}'");
            // The target may itself hold links, in its folders or at its end: resolved the same way, from the
            // folder the link is in when it is relative.
            current = Resolve(Path.GetFullPath(target, current), ref links);
        }
        return current;
    }
}
