using System.Text.RegularExpressions;

namespace StaticSite.Core.IO;

/// <summary>Rules for paths that end up in <c>output/</c>: nothing may escape it.</summary>
public static partial class OutputPaths
{
    public static bool IsSafeUrlPath(string path) => SafeUrl().IsMatch(path) && !path.Contains("//", StringComparison.Ordinal);

    /// <summary>A relative output path that stays inside the output folder.</summary>
    public static bool IsSafeDestination(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Split('/').Any(s => s is "" or "." or "..") && !path.Contains('\\');

    [GeneratedRegex("^/([a-z0-9][a-z0-9-]*/)*$")]
    private static partial Regex SafeUrl();
}
