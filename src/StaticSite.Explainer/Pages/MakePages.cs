using StaticSite.Explainer.Data;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Pages;

/// <summary>Lays the checked site model out as pages, one document each, in the site's order.</summary>
public sealed class MakePages(SiteModel model, bool preview) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var pages = PageKinds.Make(new PageInputs(model, new SiteLinks()));
        var made = pages.Select(p => new Document(p.Source, p.Destination, Model: p)).ToList();
        if (CollectsBeforePages(pages.Count, preview)) GC.Collect(1, GCCollectionMode.Forced, blocking: true);
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

}
