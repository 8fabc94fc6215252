using StaticSite.Core.Data;
using StaticSite.Core.Diagnostics;
using StaticSite.Core.Documents;
using StaticSite.Core.IO;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Explainer;

/// <summary>Gathers every entity pipeline's documents into one checked <see cref="SiteModel"/> and lays out the pages.</summary>
public sealed class BuildSiteModel(ExplainerState state) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        IEnumerable<T> Of<T>(string pipeline) where T : class => context.OutputsOf(pipeline).Select(d => d.ModelAs<T>());

        if (Of<SiteInfo>(ExplainerSite.SitePipeline).FirstOrDefault() is not { } info) return [];
        var model = new SiteModel(info, Of<Section>("Sections"), Of<Agency>("Agencies"), Of<Episode>("Episodes"),
            Of<Person>("People"), Of<GlossaryTerm>("Glossary"), Of<Source>("Sources"));
        model.CheckReferences(context.Diagnostics);
        CheckAliases(model, context.Diagnostics);
        state.Model = model;
        var pages = new PageFactory(model).All().ToList();
        pages.Add(Search.SearchPage.Create(pages, model));
        return pages.Select(p => new Document(p.Source, p.Destination, Model: p)).ToList();
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
