using System.Text.RegularExpressions;

namespace StaticSite.Engine.IO;

/// <summary>Rules for paths that end up in <c>output/</c>: nothing may escape it.</summary>
public static partial class OutputPaths
{
    public static bool IsSafeUrlPath(string path) => SafeUrl().IsMatch(path) && !path.Contains("//", StringComparison.Ordinal);

    /// <summary>A relative output path that stays inside the output folder.</summary>
    public static bool IsSafeDestination(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\')) return false;
        // Segment by segment in place: splitting would make an array and a string for each part of every path, and
        // every document's path is checked when it is written and again at the end.
        foreach (var range in path.AsSpan().Split('/'))
        {
            if (path.AsSpan(range) is "" or "." or "..") return false;
        }
        return true;
    }

    // \z, not $: $ also matches before a final line break, and "/mi7/\n" would write a broken line into _redirects.
    [GeneratedRegex(@"\A/([a-z0-9][a-z0-9-]*/)*\z")]
    private static partial Regex SafeUrl();
}
