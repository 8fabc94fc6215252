namespace StaticSite.Site.Tests.Hosting;

/// <summary>
/// Maps a URL path to a file of the built site the way Netlify does with pretty URLs, so the test server
/// and the link checker agree with production: <c>/agencies/gchq/</c> is <c>agencies/gchq/index.html</c>.
/// </summary>
public sealed class SiteFileResolver(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The file served for <paramref name="urlPath"/> (decoded, starting with '/'), or null for a 404.</summary>
    public SiteResource? Resolve(string urlPath)
    {
        if (!urlPath.StartsWith('/') || urlPath.Split('/').Any(segment => segment is ".." or "."))
        {
            return null;
        }

        var relative = urlPath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        if (urlPath.EndsWith('/'))
        {
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? new SiteResource(index, null) : null;
        }

        if (File.Exists(full))
        {
            return new SiteResource(full, null);
        }

        // Netlify redirects a folder without its slash, and serves /about from about.html.
        if (File.Exists(Path.Combine(full, "index.html")))
        {
            return new SiteResource(Path.Combine(full, "index.html"), urlPath + "/");
        }

        return File.Exists(full + ".html") ? new SiteResource(full + ".html", null) : null;
    }

    /// <summary>The URL path of a page file: <c>a/b/index.html</c> is <c>/a/b/</c>, <c>404.html</c> is <c>/404.html</c>.</summary>
    public string UrlPathOf(string file)
    {
        var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
        if (relative == "index.html")
        {
            return "/";
        }

        return relative.EndsWith("/index.html", StringComparison.Ordinal)
            ? "/" + relative[..^"index.html".Length]
            : "/" + relative;
    }

    /// <summary>Every page of the site: each .html file, in a stable order.</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
}
