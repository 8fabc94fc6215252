using StaticSite.Core.Explainer;
using StaticSite.Core.IO;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// An in-memory site: a small valid content set plus the repository's real theme. Tests replace or add
/// files, build without touching disk, and inspect pages and diagnostics.
/// </summary>
public sealed class TestSite
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    public TestSite(bool withContent = true)
    {
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("theme"), "*", SearchOption.AllDirectories))
        {
            if (IsText(file)) files["theme/" + Path.GetRelativePath(Repository.PathOf("theme"), file).Replace('\\', '/')] = File.ReadAllText(file);
        }
        if (withContent)
        {
            foreach (var (path, text) in MinimalContent.Files) files[path] = text;
        }
    }

    public TestSite With(string path, string text)
    {
        files[path] = text.ReplaceLineEndings("\n");
        return this;
    }

    public TestSite Without(string path)
    {
        files.Remove(path);
        return this;
    }

    public BuildResult Build() => ExplainerSite.Build(SiteFiles.FromMemory(files), writeTo: null);

    public IReadOnlyDictionary<string, string> Files => files;

    private static bool IsText(string path) => Path.GetExtension(path) is ".liquid" or ".css" or ".js" or ".svg" or ".txt" or ".json" or ".xml";
}

public static class BuildResultExtensions
{
    public static IReadOnlyList<string> DiagnosticLines(this BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    public static string Page(this BuildResult result, string destination) =>
        result.Written.Single(d => d.Destination == destination).Text ?? throw new InvalidOperationException($"{destination} has no text");
}
