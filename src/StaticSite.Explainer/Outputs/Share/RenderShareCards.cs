using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Outputs.Share;

/// <summary>
/// Draws a share card for every page (its title and the first sentence of its summary), written beside it as <c>share.png</c> (<c>/episodes/x/share.png</c>,
/// <c>/share.png</c> for the home page); the base layout points <c>og:image</c> at it. Pages that are not a
/// folder (the 404 page) use the home page's card.
/// </summary>
public sealed class RenderShareCards(SiteModel model, ShareCardCache? cache) : IModule
{
    public const string FontPath = "fonts/DejaVuSans-Bold.ttf";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Files.ThemeFile(FontPath) is not { } font)
        {
            context.Diagnostics.Error(SourceSpan.File($"theme/{FontPath}"), "TPL004",
                $"the share-card font '{FontPath}' is missing from theme/ (or input/); restore it, or add a TrueType font at that path");
            return documents;
        }
        byte[] fontBytes;
        try
        {
            fontBytes = font.ReadBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(SourceSpan.File(font.DisplayPath), "TPL012", $"the share-card font '{FontPath}' cannot be read ({(e is UnauthorizedAccessException ? "permission denied" : e.Message)}); check the file's permissions, or restore it");
            return documents;
        }
        var fontHash = cache?.FontHash(fontBytes);
        // Drawn lazily: a build whose every card is cached never loads the font into Skia.
        var renderer = new Lazy<ShareCardRenderer?>(() => ShareCardRenderer.TryCreate(fontBytes));
        try
        {
            return [.. documents, .. Cards(documents, model, renderer, fontHash, context.Cancellation)];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is UnusableFontException))
        {
            context.Diagnostics.Error(SourceSpan.File(font.DisplayPath), "TPL012",
                $"the share-card font '{FontPath}' is not a font Skia can draw with (empty, cut short or another kind of file); restore it, or put a TrueType font at that path");
            return documents;
        }
        finally
        {
            if (renderer.IsValueCreated) renderer.Value?.Dispose();
        }
    }

    private List<Document> Cards(IReadOnlyList<Document> documents, SiteModel model, Lazy<ShareCardRenderer?> renderer, string? fontHash, CancellationToken cancellation) =>
        Page.AllIn(documents).Where(p => p.CardUrl is not null)
            .AsParallel().AsOrdered().WithCancellation(cancellation)
            .Select(p =>
            {
                var kind = p.Kind.CardLabel;
                byte[] Draw() => (renderer.Value ?? throw new UnusableFontException()).Render(model.Site.Title, p.Title, p.Description, kind);
                var destination = p.CardUrl!.TrimStart('/');
                // A read-only cache (check's) gives only the cards it has; the others are drawn and kept in memory.
                // The key holds every text the card shows, so a changed title or summary draws a new card.
                return cache?.GetOrAdd(ShareCardCache.KeyOf(fontHash!, model.Site.Title, p.Title, p.Description, kind), Draw) is { } file
                    ? new Document(p.Source, destination, Content.InFile(file))
                    : new Document(p.Source, destination, Content.Of(Draw()));
            })
            .ToList();

    /// <summary>Thrown where a card would be drawn with a font that Skia could not read.</summary>
    private sealed class UnusableFontException : Exception;
}
