using Tomlyn;
using Tomlyn.Model;

namespace StaticSite.Preview;

/// <summary>
/// The response headers production sends, read from netlify.toml, so that a Content-Security-Policy
/// problem shows up in preview first. Cache-Control is the one exception: preview files change under the
/// same URL (asset names carry no hash here), so nothing may be cached.
/// </summary>
public sealed class NetlifyHeaders(IReadOnlyList<HeaderRule> rules)
{
    public IReadOnlyList<HeaderRule> Rules { get; } = rules;

    /// <summary>Reads the rules; a missing file means no headers, a broken one is reported to the caller.</summary>
    public static NetlifyHeaders Load(string path)
    {
        if (!File.Exists(path)) return new NetlifyHeaders([]);
        var model = TomlSerializer.Deserialize(File.ReadAllText(path), NetlifyTomlContext.Default.TomlTable)!;
        if (!model.TryGetValue("headers", out var headers) || headers is not TomlTableArray blocks) return new NetlifyHeaders([]);
        var rules = blocks
            .Where(b => b.TryGetValue("for", out var f) && f is string)
            .Select(b => new HeaderRule((string)b["for"], b.TryGetValue("values", out var v) && v is TomlTable values
                ? values.Select(kv => KeyValuePair.Create(kv.Key, Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList()
                : []))
            .ToList();
        return new NetlifyHeaders(rules);
    }

    /// <summary>The headers for a URL path, later rules overriding earlier ones as on Netlify.</summary>
    public IReadOnlyDictionary<string, string> For(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Values) headers[name] = value;
        }
        headers["Cache-Control"] = "no-cache";
        return headers;
    }
}
