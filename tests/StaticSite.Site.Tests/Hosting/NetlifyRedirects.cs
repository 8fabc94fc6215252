namespace StaticSite.Site.Tests.Hosting;

/// <summary>
/// The site's own <c>_redirects</c> file (the build writes one for agency aliases), read as Netlify reads it:
/// <c>from to [status]</c> per line, <c>#</c> comments. Only plain paths are supported; a splat, placeholder,
/// query or condition throws, so nobody believes such a rule is tested when it is not.
/// </summary>
public sealed class NetlifyRedirects(IReadOnlyDictionary<string, (string To, int Status)> rules)
{
    public IReadOnlyDictionary<string, (string To, int Status)> Rules { get; } = rules;

    public static NetlifyRedirects Load(string siteRoot)
    {
        var file = Path.Combine(siteRoot, "_redirects");
        var rules = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return new NetlifyRedirects(rules);
        }

        foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Contains('*') || parts[0].Contains(':') || !int.TryParse(parts.ElementAtOrDefault(2) ?? "301", out var status))
            {
                throw new NotSupportedException($"_redirects:{number}: the test server supports only 'from to [status]' with plain paths: {line}");
            }

            rules[Normalise(parts[0])] = (parts[1], status);
        }

        return new NetlifyRedirects(rules);
    }

    /// <summary>The rule for a path; Netlify matches with or without the trailing slash.</summary>
    public (string To, int Status)? For(string urlPath) =>
        Rules.TryGetValue(Normalise(urlPath), out var rule) ? rule : null;

    private static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
