using StaticSite.Explainer.Data;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Html;
using StaticSite.Explainer.Pages;


namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// Adds the drawings the build makes itself to the pages that show them, as HTML fragments beside the
/// rendered Markdown: <c>html.timeline</c> on the timeline and every episode page, <c>html.map</c> on the
/// agencies index and on every agency page that has links.
/// </summary>
public sealed class RenderVisuals(SiteModel model) : DocumentModule
{
    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
        new DocumentStep(document => Draw(document, model));

    private static Document Draw(Document document, SiteModel model)
    {
        var page = document.ModelAs<RenderedPage>();
        // The timelines are drawn where the layout writes them, straight into the page.
        var extra = page.Page switch
        {
            { Kind: var kind } when kind == EpisodePages.Timeline => ("timeline", HtmlFragment.Drawn(into => TimelineFigure.Full(into, TimelineEntry.Of(model)))),
            { Kind: var kind } when kind == AgencyPages.Index => ("map", HtmlFragment.Of(RelationMap.Full(model))),
            { Data: EpisodeView e } => ("timeline", HtmlFragment.Drawn(into => TimelineCompact.Write(into, model.Episodes, model.PositionOf(e.Episode)))),
            { Data: AgencyView a } when RelationMap.Neighbourhood(model, a.Agency) is { } map => ("map", HtmlFragment.Of(map)),
            _ => (null, null),
        };
        if (extra is not (string key, HtmlFragment html)) return document;
        var fragments = new Dictionary<string, HtmlFragment>(page.Html, StringComparer.Ordinal) { [key] = html };
        return document with { Model = page with { Html = fragments } };
    }
}
