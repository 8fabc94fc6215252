namespace StaticSite.Explainer.Data;

/// <summary>
/// Which URLs may become a link or an image on the site. Content may link to pages of the site (relative URLs,
/// <c>#fragments</c>, <c>xref:</c>), to the web (<c>https:</c>, <c>http:</c>) and to mail and telephone
/// (<c>mailto:</c>, <c>tel:</c>); any other scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>)
/// could run code or read local files, and is refused whatever its spelling.
/// </summary>
/// <remarks>
/// The scheme is read as a browser reads it (the URL Standard): leading and trailing control characters and spaces
/// are dropped, tabs and line breaks anywhere are removed, letters are compared in lower case. A URL is also read
/// once percent-decoded, so that a scheme is refused even if something on the way decodes it
/// (<c>%6Aavascript:</c>). Character references (<c>&amp;#106;</c>) are decoded by Markdown before this sees them.
/// </remarks>
public static class LinkSchemes
{
    /// <summary>
    /// The schemes content may use, besides <c>xref:</c>: the build resolves each xref: (in any case) to a page of the
    /// site, so one left in a URL is no link at all, and is refused.
    /// </summary>
    public static readonly string[] Allowed = ["https", "http", "mailto", "tel"];

    /// <summary>The scheme a browser would read from <paramref name="url"/>, in lower case, or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var start = 0;
        var end = url.Length;
        while (start < end && url[start] <= ' ') start++;
        while (end > start && url[end - 1] <= ' ') end--;
        Span<char> scheme = stackalloc char[32];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var c = url[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return length == 0 ? null : new string(scheme[..length]);
            var allowed = length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!allowed) return null;
            // A scheme longer than any real one is kept to its start: it is refused all the same.
            if (length < scheme.Length) scheme[length++] = char.ToLowerInvariant(c);
        }
        return null;
    }

    /// <summary>The first scheme content may not use that <paramref name="url"/> has, as written or percent-decoded; null when it is safe.</summary>
    public static string? Refused(string url)
    {
        if (SchemeOf(url) is { } scheme && !IsAllowed(scheme)) return scheme;
        if (!url.Contains('%')) return null;
        return SchemeOf(Uri.UnescapeDataString(url)) is { } decoded && !IsAllowed(decoded) ? decoded : null;
    }

    /// <summary>
    /// Whether a URL a data field carries into a link (a source's <c>url</c>, the article's) is an absolute web
    /// address: <c>https:</c> or <c>http:</c> with a host, and no space or control character anywhere.
    /// </summary>
    public static bool IsWebAddress(string url) =>
        !url.Any(c => c <= ' ' || char.IsControl(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0
        && SchemeOf(url) is "https" or "http";

    private static bool IsAllowed(string scheme) => Array.IndexOf(Allowed, scheme) >= 0;
}
