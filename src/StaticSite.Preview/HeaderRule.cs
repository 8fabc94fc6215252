namespace StaticSite.Preview;

/// <summary>One <c>[[headers]]</c> block of netlify.toml: a path pattern and the headers it sets.</summary>
public sealed record HeaderRule(string For, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>Netlify's patterns: an exact path, or a prefix ending in <c>*</c>.</summary>
    public bool Matches(string path) =>
        For.EndsWith('*') ? path.StartsWith(For[..^1], StringComparison.Ordinal) : string.Equals(path, For, StringComparison.Ordinal);
}
