using System.Collections.Concurrent;
using System.Text.Json;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Modules;
using StaticSite.Engine.IO;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Remembers each page's layout output by a fingerprint of everything that goes into it (the page's view
/// data and rendered Markdown, the site view, the layouts and partials it uses, the asset URLs), so that a
/// rebuild renders through Liquid only the pages whose inputs changed. Rendering is a pure function of those
/// inputs, so a fingerprint hit is always safe to reuse. Lives across builds (preview); not thread-affine.
/// </summary>
public sealed class RenderCache
{
    private static readonly FingerprintJson Json = FingerprintJson.Default;

    /// <summary>The theme as parsed at the last build.</summary>
    internal ParsedTemplates Templates { get; } = new();

    /// <summary>What each data file parsed into at the last build.</summary>
    public ParsedFileCache Parsed { get; } = new();

    private ConcurrentDictionary<string, LayoutOutput> previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, LayoutOutput> current = new(StringComparer.Ordinal);
    private ConcurrentBag<string> rendered = [];
    private int reused;

    /// <summary>URLs of the pages the latest build actually rendered through their layouts.</summary>
    public IReadOnlyList<string> RenderedUrls => [.. rendered.Order(StringComparer.Ordinal)];

    /// <summary>Pages the latest build took from the cache unchanged.</summary>
    public int Reused => reused;

    /// <summary>Starts a build: what the last build rendered becomes what this one may reuse.</summary>
    internal void Begin()
    {
        // A build that stopped before layouts leaves the cache as it was; one that rendered keeps only its own pages.
        if (!current.IsEmpty) previous = current;
        current = new ConcurrentDictionary<string, LayoutOutput>(StringComparer.Ordinal);
        rendered = [];
        reused = 0;
    }

    private ConcurrentDictionary<string, RenderedPage> markdown = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, RenderedPage> markdownNext = new(StringComparer.Ordinal);

    /// <summary>Starts rendering Markdown: entries are committed only by a build whose Markdown had no errors.</summary>
    internal void BeginMarkdown() => markdownNext = new ConcurrentDictionary<string, RenderedPage>(StringComparer.Ordinal);

    /// <summary>
    /// A page's rendered Markdown, reused when everything it is made from is unchanged (<see cref="MarkdownInputs"/>).
    /// Renders that may have reported errors are never reused: <see cref="EndMarkdown"/> keeps this build's entries
    /// only when it had none.
    /// </summary>
    internal RenderedPage GetOrRenderMarkdown(Page page, string referable, Func<RenderedPage> render)
    {
        var key = MarkdownInputs.Of(page, referable);
        var result = markdown.TryGetValue(key, out var cached) ? cached with { Page = page } : render();
        markdownNext[key] = result;
        return result;
    }

    internal void EndMarkdown(bool succeeded)
    {
        if (succeeded) markdown = markdownNext;
    }

    /// <remarks>The view is serialized by its own type: as an <see cref="IPageView"/>, it would show no property at all.</remarks>
    internal static string Fingerprint(RenderedPage page, string shared, string templates) =>
        new Fingerprint().Add(JsonSerializer.SerializeToUtf8Bytes(page, Json.RenderedPage))
            .Add(JsonSerializer.SerializeToUtf8Bytes(page.Page.Data, page.Page.Data.GetType(), Json))
            .Add(shared).Add(templates).Finish();

    /// <summary>What every page's layout reads besides its own data: the site, the asset URLs, the live-reload script, noindex.</summary>
    internal sealed record SharedInputs(SiteView Site, IReadOnlyList<KeyValuePair<string, string>> Assets, string? LiveReloadScript, bool NoIndex);

    internal static string Describe(SharedInputs value) => JsonSerializer.Serialize(value, Json.SharedInputs);

    /// <summary>
    /// The cached output for a fingerprint, with the anchors read off it (so the link check need not scan
    /// unchanged pages again), or a fresh render, kept only when it produced a page.
    /// </summary>
    internal Document GetOrRender(string fingerprint, Document document, Func<Document> render)
    {
        if (previous.TryGetValue(fingerprint, out var output) || current.TryGetValue(fingerprint, out output))
        {
            current[fingerprint] = output;
            Interlocked.Increment(ref reused);
            return document with { Content = Content.Of(output.Text), Model = document.ModelAs<RenderedPage>() with { Anchors = output.Anchors } };
        }
        var fresh = render();
        rendered.Add(document.ModelAs<RenderedPage>().Page.Url);
        if (fresh is { Text: { } text, Model: RenderedPage { Anchors: { } anchors } }) current[fingerprint] = new LayoutOutput(text, anchors);
        return fresh;
    }

    private sealed record LayoutOutput(string Text, PageAnchors Anchors);
}
