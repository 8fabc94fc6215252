using StaticSite.Core.Documents;
using StaticSite.Core.Explainer;
using StaticSite.Core.IO;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Modules;

/// <summary>
/// Writes the files a PostProcess module has just made (sitemap, feed, open data, search index) into the staging
/// folder at once and keeps only their path: held until the Output phase, they added about 100 MiB to the peak
/// of a 10,000-episode build. Files made earlier and kept elsewhere (cached share cards) are linked in now too,
/// on whichever thread made them, rather than one after another in the Output phase (0.1 s at 10,000 episodes).
/// A failed build still leaves the real output untouched, since staging is discarded. Pages are written by
/// ApplyLayout the same way; a destination that is not safe is left for CheckDestinations.
/// </summary>
public sealed class WriteAhead(string? directory) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        directory is null ? documents : documents.Select(d => Write(directory, d)).ToList();

    private static Document Write(string directory, Document document)
    {
        if (document is not { Destination: { } destination } || document.Model is RenderedPage) return document;
        if (document.ContentFile is { } file) return Link(directory, destination, file) is { } linked ? document with { ContentFile = linked } : document;
        if (document.Text is null && document.Bytes is null) return document;
        return WriteFile(directory, destination, document.ReadBytes()) is { } path ? document with { Text = null, Bytes = null, ContentFile = path } : document;
    }

    /// <summary>Writes into the staging folder; null when the destination could escape it (nothing is written then).</summary>
    public static string? WriteFile(string directory, string destination, ReadOnlySpan<byte> bytes)
    {
        if (!OutputPaths.IsSafeDestination(destination)) return null;
        var path = Path.Combine(directory, destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // Null when the file is in place already (written ahead before) or its destination is not safe.
    private static string? Link(string directory, string destination, string file)
    {
        if (!OutputPaths.IsSafeDestination(destination)) return null;
        var path = Path.Combine(directory, destination);
        if (path == file) return null;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileLinks.LinkOrCopy(file, path);
        return path;
    }
}
