using System.Text;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;
using StaticSite.Engine.Modules;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// Turns every entity's <c>aliases</c> into Netlify's <c>_redirects</c> file (one permanent 301 per alias).
/// Netlify serves a file that exists before it looks at redirects, and matches a rule with or without the
/// trailing slash, so an alias naming a built page or file would silently do nothing: that is OUT003, as is
/// an alias written twice. Runs after every other module that adds files, so it sees them all.
/// </summary>
public sealed class WriteRedirects(SiteModel model, params string[] otherPipelines) : IModule
{
    public const string Code = "OUT003";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        // Each path's first writer, made only at the first alias: most sites have few aliases or none, and only the
        // first writer of each path is ever read.
        Dictionary<string, Document>? built = null;
        var seen = new Dictionary<string, (Agency Agency, Alias Alias)>(StringComparer.Ordinal);
        var text = new StringBuilder("# Written by the build from the aliases in input/agencies/: old paths that redirect for good.\n");
        foreach (var agency in model.Agencies)
        {
            var target = SiteModel.UrlOf(agency);
            foreach (var alias in agency.Aliases)
            {
                var key = alias.Path.Trim('/');
                if (seen.TryGetValue(key, out var first))
                {
                    context.Diagnostics.Error(alias.At, Code,
                        $"alias '{alias.Path}' is already an alias of '{first.Agency.Id}' ({first.Alias.At}); keep it on one agency only");
                    continue;
                }
                seen[key] = (agency, alias);
                built ??= CheckDestinations.FirstWriters(documents.Concat(otherPipelines.SelectMany(context.OutputsOf)));
                if (Shadowing(key, built) is { } file)
                {
                    context.Diagnostics.Error(alias.At, Code,
                        $"alias '{alias.Path}' of '{agency.Id}' names a page the site already has ('{file.Destination}', from {file.Source.Path}), so the redirect would never apply; remove the alias or choose another path");
                    continue;
                }
                text.Append(alias.Path).Append(' ').Append(target).Append(" 301\n");
            }
        }
        return [.. documents, new Document(SourceSpan.File("input/agencies"), "_redirects", Content.Of(text.ToString()))];
    }

    // '/x/' is served from x/index.html, and Netlify also matches it without its slash: a file named 'x' counts too.
    private static Document? Shadowing(string key, Dictionary<string, Document> built) =>
        key.Length == 0 ? built.GetValueOrDefault("index.html") : built.GetValueOrDefault(key + "/index.html") ?? built.GetValueOrDefault(key);
}
