using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Core.Tests.Publishing;

/// <summary>
/// Builds the real input/ and theme/ in memory (nothing is written), optionally with some files replaced,
/// so the publishing checks see exactly what a deploy would get.
/// </summary>
internal static class RealSite
{
    private static readonly Lazy<BuildResult> Unchanged = new(() => Build());

    public static string Root { get; } = FindRoot();

    /// <summary><c>base_url</c> from input/site.yml, read independently of the build under test.</summary>
    public static string BaseUrl { get; } = System.Text.RegularExpressions.Regex
        .Match(System.IO.File.ReadAllText(Path.Combine(Root, "input", "site.yml")), "(?m)^base_url: *\"([^\"]+)\"").Groups[1].Value;

    /// <summary>The real site as it is, built once for all the tests that only read it.</summary>
    public static BuildResult Result => Unchanged.Value;

    public static BuildResult Build(IReadOnlyDictionary<string, Func<string, string>>? edits = null)
    {
        IEnumerable<SourceFile> Layer(string folder) =>
            Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories).Select(full =>
            {
                var relative = Path.GetRelativePath(Path.Combine(Root, folder), full).Replace('\\', '/');
                var display = $"{folder}/{relative}";
                return edits?.GetValueOrDefault(display) is { } edit
                    ? new SourceFile(relative, display, () => System.Text.Encoding.UTF8.GetBytes(edit(System.IO.File.ReadAllText(full))))
                    : new SourceFile(relative, display, () => System.IO.File.ReadAllBytes(full));
            }).ToList();

        return ExplainerSite.Build(new SiteFiles(Layer("input"), Layer("theme")), writeTo: null);
    }

    public static Document File(this BuildResult result, string destination) =>
        result.Written.Single(d => d.Destination == destination);

    public static string Text(this BuildResult result, string destination) =>
        result.File(destination).ReadText();

    public static IReadOnlyList<RenderedPage> Pages(this BuildResult result) =>
        result.Written.Select(d => d.Model).OfType<RenderedPage>().ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("no StaticSite.sln above the test assembly");
    }
}
