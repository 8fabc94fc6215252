namespace StaticSite.Preview;

/// <summary>Maps a request path to an output file, refusing anything that could step outside the output.</summary>
public static class UrlPaths
{
    /// <summary>
    /// <c>/</c> → <c>index.html</c>, <c>/x/</c> → <c>x/index.html</c>, <c>/a.css</c> → <c>a.css</c>. Decodes
    /// repeatedly, so that <c>%252e%252e</c> is seen as <c>..</c> too, and rejects dot segments, empty
    /// segments, backslashes and control characters.
    /// </summary>
    public static string? ToFile(string path)
    {
        var decoded = path;
        for (var i = 0; i < 3; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded) break;
            decoded = next;
        }
        if (!decoded.StartsWith('/') || decoded.Any(c => c == '\\' || char.IsControl(c))) return null;
        var relative = decoded[1..];
        var directory = relative.Length == 0 || relative.EndsWith('/');
        var segments = relative.TrimEnd('/').Split('/');
        if (relative.Length > 0 && segments.Any(s => s is "" or "." or "..")) return null;
        return directory ? relative + "index.html" : relative;
    }
}
