using StaticSite.Core.Data;
using StaticSite.Core.Documents;
using StaticSite.Core.Pipelines;
using StaticSite.Core.Visuals;

namespace StaticSite.Core.Explainer;

/// <summary>
/// Adds the drawings the build makes itself to the pages that show them, as HTML fragments beside the
/// rendered Markdown: <c>html.timeline</c> on the timeline and every episode page, <c>html.map</c> on the
/// agencies index and on every agency page that has links.
/// </summary>
public sealed class RenderVisuals(ExplainerState state) : DocumentModule
{
    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
        state.Model is { } model ? new DocumentStep(document => Draw(document, model)) : null;

    private static Document Draw(Document document, SiteModel model)
    {
        var page = document.ModelAs<RenderedPage>();
        var extra = page.Page switch
        {
            { Url: "/timeline/" } => ("timeline", TimelineFigure.Full(model.Episodes)),
            { Url: "/agencies/" } => ("map", RelationMap.Full(model)),
            { Data: EpisodeView e } => ("timeline", TimelineFigure.Compact(model.Episodes, model.PositionOf(e.Episode))),
            { Data: AgencyView a } => ("map", RelationMap.Neighbourhood(model, a.Agency)),
            _ => (null, null),
        };
        if (extra is not (string key, string html)) return document;
        var fragments = new Dictionary<string, string>(page.Html, StringComparer.Ordinal) { [key] = html };
        return document with { Model = page with { Html = fragments } };
    }
}
