using StaticSite.Explainer.Data;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// Gives each rendered page its JSON-LD (<see cref="StructuredData"/>), which the base layout writes into
/// a <c>&lt;script type="application/ld+json"&gt;</c> data block: not executed, so the CSP allows it.
/// </summary>
public sealed class AddStructuredData(SiteModel model) : DocumentModule
{
    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context)
    {
        var data = new StructuredData(model);
        return new DocumentStep(document =>
            document.Model is RenderedPage rendered && data.For(rendered.Page) is { } json
                ? document with { Model = rendered with { Page = rendered.Page with { StructuredData = json } } }
                : document);
    }
}
