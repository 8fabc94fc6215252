using StaticSite.Core.Documents;
using StaticSite.Core.Explainer;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Publishing;

/// <summary>
/// Gives each rendered page its JSON-LD (<see cref="StructuredData"/>), which the base layout writes into
/// a <c>&lt;script type="application/ld+json"&gt;</c> data block: not executed, so the CSP allows it.
/// </summary>
public sealed class AddStructuredData(ExplainerState state) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (state.Model is not { } model) return documents;
        var data = new StructuredData(model);
        return documents.Select(d => d.Model is RenderedPage rendered && data.For(rendered.Page) is { } json
            ? d with { Model = rendered with { Page = rendered.Page with { StructuredData = PublishText.ToCompactJson(json) } } }
            : d).ToList();
    }
}
