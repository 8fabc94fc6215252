using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// The repository's own input/ and theme/, built in memory (nothing is written): once for all the tests that only
/// read it, or again with some files edited, so the checks see exactly what a deploy would get.
/// </summary>
internal static class RealSite
{
    private static readonly Lazy<BuildResult> Unchanged = new(() => Build());

    public static string Root => Repository.Root;

    /// <summary><c>base_url</c> from input/site.yml, read independently of the build under test.</summary>
    public static string BaseUrl { get; } = System.Text.RegularExpressions.Regex
        .Match(System.IO.File.ReadAllText(Path.Combine(Root, "input", "site.yml")), "(?m)^base_url: *\"([^\"]+)\"").Groups[1].Value;

    /// <summary>The real site as it is, built once.</summary>
    public static BuildResult Result => Unchanged.Value;

    /// <summary>The real site, with each file named in <paramref name="edits"/> (by its path, <c>input/site.yml</c>) changed by its function.</summary>
    public static BuildResult Build(IReadOnlyDictionary<string, Func<string, string>>? edits = null, ExplainerOptions? options = null)
    {
        IEnumerable<SourceFile> Layer(string folder) =>
            Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories).Select(full =>
            {
                var relative = Path.GetRelativePath(Path.Combine(Root, folder), full).Replace('\\', '/');
                var display = $"{folder}/{relative}";
                return edits?.GetValueOrDefault(display) is { } edit
                    ? new SourceFile(relative, display, () => System.Text.Encoding.UTF8.GetBytes(edit(System.IO.File.ReadAllText(full))))
                    : new SourceFile(relative, display, () => System.IO.File.ReadAllBytes(full));
            }).ToList();

        return ExplainerSite.Build(new SiteFiles(Layer("input"), Layer("theme")), writeTo: null, options);
    }

    /// <summary>The text written for a page URL such as <c>/timeline/</c> or a file such as <c>/search/index.json</c>.</summary>
    public static string Text(string url) => Result.Text(url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/'));

    public static IEnumerable<(string Destination, string Html)> HtmlPages =>
        Result.Written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)).Select(d => (d.Destination!, d.ReadText()));

    public static Document File(this BuildResult result, string destination) =>
        result.Written.SingleOrDefault(d => d.Destination == destination) ?? throw new InvalidOperationException($"the site has no '{destination}'");

    public static string Text(this BuildResult result, string destination) => result.File(destination).ReadText();

    public static IReadOnlyList<RenderedPage> Pages(this BuildResult result) =>
        result.Written.Select(d => d.Model).OfType<RenderedPage>().ToList();
}
