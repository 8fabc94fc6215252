using System.Text.RegularExpressions;
using StaticSite.Engine.IO;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// What a layout's output depends on among the theme files: the layout itself, <c>base</c>, and every partial
/// they render or include, followed transitively. One hash per layout, for the render cache.
/// </summary>
public sealed partial class TemplateDependencies(SiteFiles files)
{
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);

    /// <summary>A hash of the text of every theme file a page with this layout is rendered from.</summary>
    public string HashOf(string layout)
    {
        lock (hashes)
        {
            if (hashes.TryGetValue(layout, out var known)) return known;
            var used = new SortedSet<string>(StringComparer.Ordinal);
            Collect($"layouts/{layout}.liquid", used);
            Collect("layouts/base.liquid", used);
            var fingerprint = new Fingerprint();
            foreach (var path in used) fingerprint.Add(path).Add(files.ThemeFile(path)?.ReadBytes() ?? []);
            return hashes[layout] = fingerprint.Finish();
        }
    }

    private void Collect(string path, SortedSet<string> used)
    {
        if (files.ThemeFile(path) is not { } file || !used.Add(path)) return;
        foreach (Match match in PartialTag().Matches(file.ReadText()))
        {
            var name = match.Groups[1].Value;
            Collect(Path.HasExtension(name) ? $"partials/{name}" : $"partials/{name}.liquid", used);
        }
    }

    [GeneratedRegex(@"\{%-?\s*(?:render|include)\s+['""]([^'""]+)['""]")]
    private static partial Regex PartialTag();
}
