using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// The two layers a build reads: content from <c>input/</c> and layouts and assets from <c>theme/</c>.
/// A file in input/ at the same path as one in theme/ overrides it, as in Statiq.
/// </summary>
public sealed class SiteFiles
{
    private readonly IReadOnlyDictionary<string, SourceFile> input;
    private readonly IReadOnlyDictionary<string, SourceFile> theme;

    /// <param name="problems">what the build will not read among the files, found while listing them (<see cref="LayerWalk"/>).</param>
    public SiteFiles(IEnumerable<SourceFile> inputFiles, IEnumerable<SourceFile> themeFiles, IReadOnlyList<Diagnostic>? problems = null)
    {
        input = inputFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        theme = themeFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Problems = problems ?? [];
    }

    /// <summary>Files and folders found in input/ and theme/ that the build refuses to read: each build reports them.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Content files directly in an input folder with the given extensions, in ordinal order.</summary>
    public IReadOnlyList<SourceFile> Content(string folder, params string[] extensions) =>
        input.Values
            .Where(f => InFolder(f.Path, folder) && extensions.Any(e => f.Path.EndsWith(e, StringComparison.Ordinal)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    public SourceFile? ContentFile(string path) => input.GetValueOrDefault(path);

    /// <summary>Theme files under a folder (recursively), with input/ overriding theme/ path by path.</summary>
    public IReadOnlyList<SourceFile> Theme(string folder) =>
        theme.Keys.Concat(input.Keys)
            .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(p => ThemeFile(p)!)
            .ToList();

    public SourceFile? ThemeFile(string path) => input.GetValueOrDefault(path) ?? theme.GetValueOrDefault(path);

    /// <summary>Every file of theme/, and the layouts and partials of input/ that add to or override it, in ordinal order.</summary>
    public IReadOnlyList<SourceFile> ThemeLayer() =>
        theme.Keys.Concat(input.Keys.Where(p => p.StartsWith("layouts/", StringComparison.Ordinal) || p.StartsWith("partials/", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(p => ThemeFile(p)!)
            .ToList();

    private static bool InFolder(string path, string folder) =>
        folder.Length == 0
            ? !path.Contains('/')
            : path.StartsWith(folder + "/", StringComparison.Ordinal) && path.IndexOf('/', folder.Length + 1) < 0;

    public static SiteFiles FromDisk(string inputDirectory, string themeDirectory, string displayRoot)
    {
        var input = LayerWalk.Of(inputDirectory, displayRoot);
        var theme = LayerWalk.Of(themeDirectory, displayRoot);
        return new(input.Files, theme.Files, [.. input.Problems, .. theme.Problems]);
    }

    /// <summary>An in-memory site: keys start with <c>input/</c> or <c>theme/</c>.</summary>
    public static SiteFiles FromMemory(IReadOnlyDictionary<string, string> files)
    {
        IEnumerable<SourceFile> Layer(string prefix) =>
            files.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(kv => new SourceFile(kv.Key[prefix.Length..], kv.Key, () => System.Text.Encoding.UTF8.GetBytes(kv.Value)));
        return new SiteFiles(Layer("input/"), Layer("theme/"));
    }
}
