using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Core.Tests;

/// <summary>The repository's own input/ and theme/, built once in memory and shared by the tests that read the real site.</summary>
internal static class RealSite
{
    private static readonly Lazy<BuildResult> Built = new(() => Build());

    public static string Root => Support.Repository.Root;

    public static BuildResult Result => Built.Value;

    public static BuildResult Build() =>
        ExplainerSite.Build(SiteFiles.FromDisk(Path.Combine(Root, "input"), Path.Combine(Root, "theme"), Root), writeTo: null);

    /// <summary>The text written for a page URL such as <c>/timeline/</c> or a file such as <c>/search/index.json</c>.</summary>
    public static string Text(string url)
    {
        var destination = url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
        var document = Result.Written.SingleOrDefault(d => d.Destination == destination)
            ?? throw new InvalidOperationException($"the real site has no '{destination}'");
        return document.ReadText();
    }

    public static IEnumerable<(string Destination, string Html)> HtmlPages =>
        Result.Written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)).Select(d => (d.Destination!, d.ReadText()));
}
