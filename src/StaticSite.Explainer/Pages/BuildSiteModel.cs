using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Pages;

/// <summary>Gathers every entity pipeline's documents into one checked <see cref="SiteModel"/>: the one document this module gives.</summary>
public sealed class BuildSiteModel(string sitePipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.OutputsOf(sitePipeline).FirstOrDefault()?.Model is not SiteInfo info) return [];
        var model = new SiteModel(info, EntityKind.All.ToDictionary(k => k, k => context.OutputsOf(k.Pipeline).Select(d => d.ModelAs<IEntity>())));
        model.CheckReferences(context.Diagnostics);
        CheckAliases(model, context.Diagnostics);
        return [new Document(SourceSpan.File("input"), null, Model: model)];
    }

    private static void CheckAliases(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var agency in model.Agencies)
        {
            foreach (var alias in agency.Aliases.Where(a => !OutputPaths.IsSafeUrlPath(a.Path)))
            {
                diagnostics.Error(alias.At, "OUT002", $"alias '{alias.Path}' must be a path inside the site such as '/mi6/': lower-case letters, digits, hyphens and slashes, starting with '/', no '..'");
            }
        }
    }
}
