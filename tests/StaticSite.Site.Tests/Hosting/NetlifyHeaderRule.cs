using System.Text.RegularExpressions;

namespace StaticSite.Site.Tests.Hosting;

/// <summary>One <c>[[headers]]</c> block of netlify.toml: a path pattern and the headers it adds.</summary>
public sealed record NetlifyHeaderRule(string For, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    private readonly Regex _pattern = ToRegex(For);

    public bool Matches(string urlPath) => _pattern.IsMatch(urlPath);

    /// <summary>Netlify's path syntax: <c>*</c> is a splat (anything, slashes included), <c>:name</c> one segment.</summary>
    private static Regex ToRegex(string pattern)
    {
        var body = string.Concat(Regex.Split(pattern, @"(\*|:[A-Za-z_][A-Za-z0-9_]*)").Select(part => part switch
        {
            "*" => ".*",
            _ when part.StartsWith(':') => "[^/]+",
            _ => Regex.Escape(part),
        }));
        return new Regex($"^{body}$", RegexOptions.CultureInvariant);
    }
}
