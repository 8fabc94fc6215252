using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>Adds the open data files under <c>/data/</c> (see <see cref="OpenData"/>); the about page documents them.</summary>
public sealed class WriteOpenData(SiteModel model) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var data = new OpenData(model);
        return
        [
            .. documents,
            new Document(SourceSpan.File("input/agencies"), "data/agencies.json", Content.WrittenBy(data.Agencies)),
            new Document(SourceSpan.File("input/episodes"), "data/episodes.json", Content.WrittenBy(data.Episodes)),
            new Document(SourceSpan.File("input/episodes"), "data/episodes.csv", Content.WrittenBy(data.EpisodesCsv)),
            new Document(SourceSpan.File("input/people"), "data/people.json", Content.WrittenBy(data.People)),
            new Document(SourceSpan.File("input/events"), "data/events.json", Content.WrittenBy(data.Events)),
        ];
    }
}
