using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Pages;

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
        pages.Add(SearchPage.Create(pages, model));
        var made = pages.Select(p => new Document(p.Source, p.Destination, Model: p)).ToList();
        if (CollectsBeforePages(pages.Count, preview: state.Cache is not null)) GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        return made;
    }

    /// <summary>Whether a build collects its young objects once the model is made, before its pages.</summary>
    /// <remarks>
    /// The collector would do it anyway, early in the page pass, while both workers wait for it: the first collection
    /// of a process is slow (at 100 episodes, one gen0 of 16 ms), and at 1,000 episodes the second generation's small
    /// first budget turned the next one into a full collection (10–11 ms). Made here, the parsed data and the model are
    /// all there is to keep: 3.7 ms at 100 episodes, and at 1,000 the collector makes it the full collection (3.3–4.6 ms),
    /// and none comes in the pass (docs/performance.md). A smaller site, such as the real one (30 pages), makes every
    /// page with no collection at all, and a forced one would only add 2 ms; preview rebuilds are left alone too.
    /// </remarks>
    internal static bool CollectsBeforePages(int pages, bool preview) => !preview && pages >= 100;

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
