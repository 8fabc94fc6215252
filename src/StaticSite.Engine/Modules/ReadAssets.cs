using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using StaticSite.Engine.IO;

namespace StaticSite.Engine.Modules;

/// <summary>
/// Reads the theme's <c>assets/</c> (input/ overriding theme/) and gives each a content hash in its name,
/// so that they can be cached for a year; the document's model is the name layouts ask for.
/// Files in <c>static/</c> are copied to the root of the site unchanged.
/// </summary>
public sealed class ReadAssets : IModule
{
    /// <summary>Leaves the content hash out of names (preview, where nothing is cached for a year).</summary>
    public bool StableNames { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var assets = context.Files.Theme("assets").Select(f =>
        {
            if (f.TryReadBytes(context.Diagnostics) is not { } bytes) return null;
            var name = f.Path["assets/".Length..];
            var extension = Path.GetExtension(name);
            var destination = StableNames
                ? $"assets/{name}"
                : $"assets/{name[..^extension.Length]}.{ContentHash.Hex(bytes)[..10]}{extension}";
            return new Document(SourceSpan.File(f.DisplayPath), destination, Content.Of(bytes), Model: name);
        });
        var statics = context.Files.Theme("static").Select(f =>
            f.TryReadBytes(context.Diagnostics) is { } bytes ? new Document(SourceSpan.File(f.DisplayPath), f.Path["static/".Length..], Content.Of(bytes)) : null);
        return assets.Concat(statics).OfType<Document>().ToList();
    }
}
