using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Engine.Modules;

/// <summary>
/// Writes every document with a destination into the build's staging folder; null writes nothing. What was written
/// ahead (pages, share cards, the data files) is in place already and left alone, and the folder remembers the
/// folders it made, so none is asked for again while every other thread is idle.
/// </summary>
public sealed class WriteFiles(StagingFolder? staging) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (staging is null) return documents;
        Parallel.ForEach(documents.Where(d => d.Destination is not null), document =>
        {
            document.Content?.WriteTo(staging, document.Destination!);
        });
        return documents;
    }
}
