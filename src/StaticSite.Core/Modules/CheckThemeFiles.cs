using StaticSite.Core.Documents;
using StaticSite.Core.IO;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Modules;

/// <summary>
/// Reads every theme file that the pages read later (layouts, partials, the share-card font), so that one the build
/// cannot read, or a layout that is not UTF-8, is reported with the content's problems, before any page is made,
/// and never surfaces halfway through the pages. Assets are checked as <see cref="ReadAssets"/> reads them.
/// </summary>
public sealed class CheckThemeFiles : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        foreach (var file in context.Files.ThemeLayer())
        {
            if (file.Path.StartsWith("assets/", StringComparison.Ordinal) || file.Path.StartsWith("static/", StringComparison.Ordinal)) continue;
            if (FileLimits.IsText(file.Path)) file.TryReadContent(context.Diagnostics, out _);
            else file.TryReadBytes(context.Diagnostics);
        }
        return documents;
    }
}
