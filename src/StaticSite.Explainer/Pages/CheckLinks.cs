using System.Collections.Concurrent;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Markdown;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Checks, from the anchors read off every rendered page (<see cref="PageAnchors"/>), that each internal link,
/// image, stylesheet and script resolves to a file of the build, and each <c>#fragment</c> to an id on its page.
/// A broken link written in Markdown is reported where it was written; one from a layout, at the layout. A link with
/// a scheme content may not use (<see cref="LinkSchemes"/>) is refused here too, whoever wrote it.
/// </summary>
public sealed class CheckLinks(params string[] otherPipelines) : IModule
{
    /// <summary>Preview's live reload script: served by the preview server, never part of the build.</summary>
    public string? LiveReloadScript { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        // A page that failed to render would make every link to it look broken: report the cause alone.
        if (context.Diagnostics.HasErrors) return documents;
        var parsed = documents.Where(d => d.Model is RenderedPage { Anchors: not null } || (d.Model is RenderedPage && d.Text is not null))
            .Select(d => (Document: d, Html: d.ModelAs<RenderedPage>().Anchors ?? PageAnchors.Scan(d.Text!)))
            .ToList();
        var anchorsByFile = parsed.ToDictionary(p => p.Document.Destination!, p => p.Html, StringComparer.Ordinal);
        var files = documents.Concat(otherPipelines.SelectMany(context.OutputsOf))
            .Where(d => d.Destination is not null).Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);

        // An absolute URL means the same file from every page, and most recur on every page (navigation, assets,
        // agencies): each is checked once, not once per page. Pages are
        // checked in parallel; two may check the same new URL at once, which only repeats the check.
        var absolute = new ConcurrentDictionary<string, (string Code, string Message)?>(StringComparer.Ordinal);
        parsed.ForEachItem(p =>
        {
            var (document, html) = p;
            var page = document.ModelAs<RenderedPage>();
            foreach (var url in html.Urls)
            {
                if (url == LiveReloadScript) continue;
                if (!url.StartsWith('/') || !absolute.TryGetValue(url, out var verdict))
                {
                    verdict = Problem(url, page.Page.Url, document.Destination!, files, anchorsByFile);
                    if (url.StartsWith('/')) absolute.TryAdd(url, verdict);
                }
                if (verdict is not { } problem) continue;
                context.Diagnostics.Error(WhereWritten(page, url), problem.Code, $"{problem.Message} (on {page.Page.Url})");
            }
        });
        return documents;
    }

    // A method of its own: a lambda over url in the loop above would make a closure for every URL of every page,
    // broken or not, since C# makes a loop variable's closure where the variable is declared.
    private static SourceSpan WhereWritten(RenderedPage page, string url) =>
        page.Links.FirstOrDefault(l => l.Url == url)?.At ?? SourceSpan.File($"theme/layouts/{page.Page.Layout}.liquid");

    private static (string Code, string Message)? Problem(string url, string pageUrl, string pageFile, HashSet<string> files, Dictionary<string, PageAnchors> anchors)
    {
        if (url.Length == 0) return null;
        if (LinkSchemes.Refused(url) is { } scheme) return ("LINK003", MarkdownRenderer.RefusedMessage(image: false, url, scheme));
        // The web, mail and telephone: outside the site, and never fetched.
        if (LinkSchemes.SchemeOf(url) is not null) return null;
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var file = path.Length == 0 ? pageFile : TargetFile(path, pageUrl);
        if (!files.Contains(file)) return ("LINK001", $"link to '{url}' goes nowhere: no page or file '{file}' is built");
        if (fragment is { Length: > 0 } && !(anchors.TryGetValue(file, out var target) && target.Defines(fragment)))
        {
            return ("LINK002", $"link to '{url}': '{file}' has no element with id '{fragment}'");
        }
        return null;
    }

    /// <summary>The output file a link's path names, resolved against the page as a browser would.</summary>
    internal static string TargetFile(string path, string pageUrl) =>
        // Most links are already absolute and normal ("/agencies/gchq/"); resolving each through Uri was most of
        // the check's time on a rebuild. Anything else (relative, dot segments, escapes, queries) goes through Uri.
        IsNormalAbsolute(path) ? FileOf(path) : FileOf(new Uri(new Uri("https://site" + pageUrl), path).AbsolutePath);

    private static bool IsNormalAbsolute(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')
        && !path.Split('/').Any(segment => segment is "." or "..");

    private static string FileOf(string absolutePath)
    {
        var path = Uri.UnescapeDataString(absolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
