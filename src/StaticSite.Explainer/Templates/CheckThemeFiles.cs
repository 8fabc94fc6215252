using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// Reads every theme file that the pages read later (layouts, partials, the share-card font), so that one the build
/// cannot read, or a layout that is not UTF-8, is reported with the content's problems, before any page is made,
/// and never surfaces halfway through the pages. Assets are checked as <see cref="ReadAssets"/> reads them; other
/// files (a font's licence) only for being readable, since nothing reads them as text.
/// </summary>
public sealed class CheckThemeFiles : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        foreach (var file in context.Files.ThemeLayer())
        {
            if (file.Path.StartsWith("assets/", StringComparison.Ordinal) || file.Path.StartsWith("static/", StringComparison.Ordinal)) continue;
            // Layouts and partials are read as text; the rest (fonts, their licence) as bytes, only to see they can be.
            if (IsTemplate(file.Path)) file.TryReadContent(context.Diagnostics, out _);
            else file.TryReadBytes(context.Diagnostics);
        }
        return documents;
    }

    private static bool IsTemplate(string path) =>
        path.StartsWith("layouts/", StringComparison.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal);
}
