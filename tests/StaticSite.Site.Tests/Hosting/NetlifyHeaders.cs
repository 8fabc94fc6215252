using Tomlyn;
using Tomlyn.Model;

namespace StaticSite.Site.Tests.Hosting;

/// <summary>
/// The response headers production sends, read from netlify.toml, so the browser tests see the same
/// Content-Security-Policy and friends as visitors do.
/// </summary>
public sealed class NetlifyHeaders(IReadOnlyList<NetlifyHeaderRule> rules)
{
    public IReadOnlyList<NetlifyHeaderRule> Rules { get; } = rules;

    public static NetlifyHeaders Load(string netlifyTomlPath)
    {
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyTomlPath))
            ?? throw new InvalidDataException($"{netlifyTomlPath} is empty.");
        if (!model.TryGetValue("headers", out var headers))
        {
            return new NetlifyHeaders([]);
        }

        var rules = ((TomlTableArray)headers).Select(block => new NetlifyHeaderRule(
            (string)block["for"],
            block.TryGetValue("values", out var values)
                ? ((TomlTable)values).Select(kv => KeyValuePair.Create(kv.Key, Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList()
                : []));
        return new NetlifyHeaders(rules.ToList());
    }

    /// <summary>
    /// Every matching rule applies, in file order; a header named by several rules gets all their values,
    /// comma-separated, as repeated HTTP headers would combine.
    /// </summary>
    public IReadOnlyDictionary<string, string> For(string urlPath)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules.Where(r => r.Matches(urlPath)))
        {
            foreach (var (name, value) in rule.Values)
            {
                result[name] = result.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
            }
        }

        return result;
    }
}
