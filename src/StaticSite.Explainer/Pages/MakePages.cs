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
    /// The collector would do it anyway, early in the page pass, while every worker waits for it, and a process's
    /// first collections are its slowest. Made here, the parsed data and the model are all there is to keep, and no
    /// collection comes in the pass (docs/performance.md has the figures). A small site, such as the real one, makes
    /// every page with no collection at all, so a forced one would only add time; preview rebuilds are left alone too.
    /// </remarks>
    internal static bool CollectsBeforePages(int pages, bool preview) => !preview && pages >= 100;

}
