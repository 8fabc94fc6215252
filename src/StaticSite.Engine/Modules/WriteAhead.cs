using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Engine.Modules;

/// <summary>
/// Writes the files a PostProcess module has just made (sitemap, feed, open data, search index) into the staging
/// folder at once and keeps only their path, so their bytes are not held until the Output phase. Files made earlier
/// and kept elsewhere (cached share cards) are linked in now too, on whichever thread made them, rather than one
/// after another in the Output phase.
/// A failed build still leaves the real output untouched, since staging is discarded. Pages are written by
/// the module that renders them, the same way, and pass through here untouched (their file is in place already); a
/// destination that is not safe is left for CheckDestinations.
/// </summary>
public sealed class WriteAhead(StagingFolder? staging) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        staging is null ? documents : documents.Select(d => Write(staging, d)).ToList();

    private static Document Write(StagingFolder staging, Document document) =>
        document is { Destination: { } destination, Content: { } content } && content.WriteTo(staging, destination) is { } written
            ? document with { Content = written }
            : document;
}
