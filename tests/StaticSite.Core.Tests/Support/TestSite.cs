using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// An in-memory site: a small valid content set plus the repository's real theme. Tests replace or add
/// files, build without touching disk, and inspect pages and diagnostics.
/// </summary>
public sealed class TestSite
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    // Binary theme files (the share-card font) cannot travel as strings; they are laid over the text files at build.
    private readonly Dictionary<string, byte[]> binary = new(StringComparer.Ordinal);

    public TestSite(bool withContent = true)
    {
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("theme"), "*", SearchOption.AllDirectories))
        {
            var path = "theme/" + Path.GetRelativePath(Repository.PathOf("theme"), file).Replace('\\', '/');
            if (IsText(file)) files[path] = File.ReadAllText(file);
            else binary[path] = File.ReadAllBytes(file);
        }
        if (withContent)
        {
            foreach (var (path, text) in MinimalContent.Files) files[path] = text;
        }
    }

    public TestSite With(string path, string text)
    {
        binary.Remove(path);
        files[path] = text.ReplaceLineEndings("\n");
        binary.Remove(path); // a text file laid over a binary one (a font that is not a font) replaces it
        return this;
    }

    /// <summary>A file whose bytes are not UTF-8 text as written (another encoding, invalid bytes).</summary>
    public TestSite WithBytes(string path, byte[] bytes)
    {
        files.Remove(path);
        binary[path] = bytes;
        return this;
    }

    /// <summary>Writes every file under <paramref name="folder"/> (as <c>input/...</c> and <c>theme/...</c>), for builds from disk.</summary>
    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in files.Select(f => (f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value))).Concat(binary.Select(b => (b.Key, b.Value))))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    public TestSite Without(string path)
    {
        files.Remove(path);
        binary.Remove(path);
        return this;
    }

    public BuildResult Build() =>
        ExplainerSite.Build(new SiteFiles(Layer("input/"), Layer("theme/")), writeTo: null);

    /// <summary>A build with the given options (a base URL, noindex, …).</summary>
    public BuildResult Build(ExplainerOptions options) =>
        ExplainerSite.Build(new SiteFiles(Layer("input/"), Layer("theme/")), writeTo: null, options);

    /// <summary>A build as preview runs it: through a render cache that lives across builds.</summary>
    public BuildResult Build(RenderCache cache) =>
        ExplainerSite.Build(new SiteFiles(Layer("input/"), Layer("theme/")), writeTo: null, new ExplainerOptions { Cache = cache });

    private IEnumerable<SourceFile> Layer(string prefix) =>
        files.Select(f => (f.Key, Bytes: System.Text.Encoding.UTF8.GetBytes(f.Value))).Concat(binary.Select(b => (b.Key, Bytes: b.Value)))
            .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(f => new SourceFile(f.Key[prefix.Length..], f.Key, () => f.Bytes));

    public IReadOnlyDictionary<string, string> Files => files;

    private static bool IsText(string path) => Path.GetExtension(path) is ".liquid" or ".css" or ".js" or ".svg" or ".txt" or ".json" or ".xml";
}

public static class BuildResultExtensions
{
    public static IReadOnlyList<string> DiagnosticLines(this BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    public static string Page(this BuildResult result, string destination) =>
        result.Written.Single(d => d.Destination == destination).ReadText();
}
