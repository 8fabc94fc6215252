using StaticSite.Explainer.Pages;

namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>One page of every kind in <see cref="PageKinds.All"/>, as URL paths of the built site.</summary>
public static class PageOfEachKind
{
    /// <summary>
    /// A kind with a page of its own gives that page; a kind of many pages (the chapters, an agency, an episode) gives
    /// the first page under its parent's address, in the order the site's files sort. A kind that yields no page
    /// fails the calling test: a new kind must show up in the screenshots.
    /// </summary>
    public static IReadOnlyList<string> Paths(IReadOnlyList<string> pagePaths)
    {
        var paths = new List<string>();
        foreach (var kind in PageKinds.All)
        {
            var path = kind.Url ?? pagePaths.FirstOrDefault(p =>
                kind.Parent?.Url is { } parent && p.StartsWith(parent, StringComparison.Ordinal) && p != parent && p.EndsWith('/'));
            Assert.True(path is not null && pagePaths.Contains(path), $"no page of the kind drawn by '{kind.Layout}.liquid' in the built site");
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>A file name for a page: <c>/</c> is <c>home</c>, <c>/agencies/gchq/</c> is <c>agencies_gchq</c>.</summary>
    public static string NameOf(string path)
    {
        var trimmed = path.Trim('/').Replace(".html", "", StringComparison.Ordinal).Replace('/', '_');
        return trimmed.Length == 0 ? "home" : trimmed;
    }
}
