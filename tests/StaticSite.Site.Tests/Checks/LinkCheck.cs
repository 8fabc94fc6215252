using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Site.Tests.Hosting;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// Every internal reference of every page and stylesheet (links, images, scripts, styles, srcset, CSS url())
/// must resolve, as the server resolves it, to a file, and its #fragment to an id in the target page.
/// External links are listed, never fetched: the tests have no network, and a remote site's state is not ours.
/// </summary>
public static partial class LinkCheck
{
    // A host that cannot exist, so every relative reference resolves against it and stays recognisable.
    private static readonly Uri SiteOrigin = new("http://site.invalid/");

    private static readonly (string Selector, string Attribute)[] References =
    [
        ("a[href], area[href], link[href]", "href"),
        ("img[src], script[src], iframe[src], source[src], video[src], audio[src], track[src], embed[src], input[src]", "src"),
        ("video[poster]", "poster"),
        ("object[data]", "data"),
        ("form[action]", "action"),
    ];

    public static LinkReport Run(SiteFileResolver files)
    {
        var parser = new HtmlParser();
        var documents = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        IDocument Parse(string file) =>
            documents.TryGetValue(file, out var doc) ? doc : documents[file] = parser.ParseDocument(File.ReadAllText(file));

        var references = new List<(string From, Uri Base, string Url)>();
        foreach (var page in files.Pages())
        {
            var from = files.UrlPathOf(page);
            var pageBase = new Uri(SiteOrigin, from);
            var document = Parse(page);
            foreach (var (selector, attribute) in References)
            {
                references.AddRange(document.QuerySelectorAll(selector).Select(e => (from, pageBase, e.GetAttribute(attribute)!.Trim())));
            }

            foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
            {
                references.AddRange(SrcsetUrls(element.GetAttribute("srcset")!).Select(u => (from, pageBase, u)));
            }

            var inlineCss = string.Join('\n', document.QuerySelectorAll("style").Select(s => s.TextContent)
                .Concat(document.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")!)));
            references.AddRange(CssUrls(inlineCss).Select(u => (from, pageBase, u)));
        }

        foreach (var css in Directory.EnumerateFiles(files.Root, "*.css", SearchOption.AllDirectories))
        {
            var from = "/" + Path.GetRelativePath(files.Root, css).Replace('\\', '/');
            references.AddRange(CssUrls(File.ReadAllText(css)).Select(u => (from, new Uri(SiteOrigin, from), u)));
        }

        var broken = new List<BrokenLink>();
        var external = new SortedSet<string>(StringComparer.Ordinal);
        var checkedUrls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, pageBase, url) in references)
        {
            if (!Uri.TryCreate(pageBase, url, out var target))
            {
                broken.Add(new BrokenLink(from, url, "not a valid URL"));
            }
            else if (target.Scheme == "javascript")
            {
                broken.Add(new BrokenLink(from, url, "javascript: URL (blocked by the CSP, and no link without script)"));
            }
            else if (target.Scheme is "http" or "https" && target.Host != SiteOrigin.Host)
            {
                external.Add(target.AbsoluteUri);
            }
            else if (target.Host == SiteOrigin.Host)
            {
                checkedUrls.Add(target.AbsoluteUri);
                if (Problem(files, Parse, target) is { } reason)
                {
                    broken.Add(new BrokenLink(from, url, reason));
                }
            }
        }

        return new LinkReport(checkedUrls.Count, broken.Distinct().ToList(), external.ToList());
    }

    private static string? Problem(SiteFileResolver files, Func<string, IDocument> parse, Uri target)
    {
        var resource = files.Resolve(Uri.UnescapeDataString(target.AbsolutePath));
        if (resource is null)
        {
            return "no such file: the server answers 404";
        }

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length == 0 || fragment == "top" || !resource.File.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        var document = parse(resource.File);
        return document.GetElementById(fragment) is not null || document.QuerySelector($"a[name=\"{fragment.Replace("\"", "\\\"")}\"]") is not null
            ? null
            : $"no element with id \"{fragment}\" in {Path.GetRelativePath(files.Root, resource.File)}";
    }

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);

    private static IEnumerable<string> CssUrls(string css) =>
        CssUrl().Matches(css).Select(m => m.Groups["url"].Value.Trim())
            .Where(url => url.Length > 0 && !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith('#'));

    [GeneratedRegex("""url\(\s*(['"]?)(?<url>[^'")]*)\1\s*\)|@import\s+(['"])(?<url>[^'"]+)\3""")]
    private static partial Regex CssUrl();
}
