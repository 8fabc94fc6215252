using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticSite.Core.Data;

namespace StaticSite.Core.Explainer;

/// <summary>
/// Remembers each page's layout output by a fingerprint of everything that goes into it (the page's view
/// data and rendered Markdown, the site view, the layouts and partials it uses, the asset URLs), so that a
/// rebuild renders through Liquid only the pages whose inputs changed. Rendering is a pure function of those
/// inputs, so a fingerprint hit is always safe to reuse. Lives across builds (preview); not thread-affine.
/// </summary>
public sealed class RenderCache
{
    private static readonly FingerprintJson Json = FingerprintJson.Default;

    private ConcurrentDictionary<string, string> previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, string> current = new(StringComparer.Ordinal);
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
        current = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        rendered = [];
        reused = 0;
    }

    private ConcurrentDictionary<string, RenderedPage> markdown = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, RenderedPage> markdownNext = new(StringComparer.Ordinal);

    /// <summary>Starts rendering Markdown: entries are committed only by a build whose Markdown had no errors.</summary>
    internal void BeginMarkdown() => markdownNext = new ConcurrentDictionary<string, RenderedPage>(StringComparer.Ordinal);

    /// <summary>
    /// A page's rendered Markdown, reused when the page and every entity's referable data (what cross-references,
    /// citations and glossary links read) are unchanged. Renders that may have reported errors are never reused:
    /// <see cref="EndMarkdown"/> keeps this build's entries only when it had none.
    /// </summary>
    internal RenderedPage GetOrRenderMarkdown(Page page, string modelFingerprint, Func<RenderedPage> render)
    {
        var key = Fingerprint(page, modelFingerprint);
        var result = markdown.TryGetValue(key, out var cached) ? cached with { Page = page } : render();
        markdownNext[key] = result;
        return result;
    }

    internal void EndMarkdown(bool succeeded)
    {
        if (succeeded) markdown = markdownNext;
    }

    /// <summary>
    /// Everything a page's Markdown can read from other entities: all their fields except their own bodies and
    /// source positions (which only diagnostics use), so editing one body does not invalidate every page.
    /// </summary>
    internal static string ModelFingerprint(SiteModel model)
    {
        IEnumerable<object> entities = [model.Site, .. model.Sections, .. model.Agencies, .. model.Episodes, .. model.People, .. model.Glossary, .. model.Sources];
        var all = new JsonArray(entities.Select(e => Strip(JsonSerializer.SerializeToNode(e, e.GetType(), Json))).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToJsonString())));
    }

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in new[] { "Body", "Location", "At", "Start" }) o.Remove(name);
                foreach (var (_, child) in o) Strip(child);
                break;
            case JsonArray a:
                foreach (var child in a) Strip(child);
                break;
        }
        return node;
    }

    private static string Fingerprint(Page page, string modelFingerprint)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(page, Json.Page));
        hash.AppendData(Encoding.UTF8.GetBytes(modelFingerprint));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    internal static string Fingerprint(RenderedPage page, string shared, string templates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(page, Json.RenderedPage));
        hash.AppendData(Encoding.UTF8.GetBytes(shared));
        hash.AppendData(Encoding.UTF8.GetBytes(templates));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>What every page's layout reads besides its own data: the site, the asset URLs, the live-reload script.</summary>
    internal sealed record SharedInputs(SiteView Site, IReadOnlyList<KeyValuePair<string, string>> Assets, string? LiveReloadScript);

    internal static string Describe(SharedInputs value) => JsonSerializer.Serialize(value, Json.SharedInputs);

    /// <summary>The cached output for a fingerprint, or a fresh render (kept only when it produced a page).</summary>
    internal string? GetOrRender(string fingerprint, string url, Func<string?> render)
    {
        if (previous.TryGetValue(fingerprint, out var html) || current.TryGetValue(fingerprint, out html))
        {
            current[fingerprint] = html;
            Interlocked.Increment(ref reused);
            return html;
        }
        var fresh = render();
        rendered.Add(url);
        if (fresh is not null) current[fingerprint] = fresh;
        return fresh;
    }
}
