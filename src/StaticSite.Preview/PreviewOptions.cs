using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer;
namespace StaticSite.Preview;

/// <summary>
/// What to preview and where to serve it. Port 0 picks a free port (tests). There is no output folder on
/// purpose: preview pages carry the live reload script, so they are served from memory and never written
/// where a deploy could pick them up. <paramref name="CacheDirectory"/> keeps share cards between builds (null: drawn every build).
/// <paramref name="QuietTime"/> replaces the watcher's debounce (tests that need a burst of saves to stay one burst
/// on a loaded machine). <paramref name="BuildBudget"/> is the least time a build is given before it is stopped and
/// reported (PRV001); a build is always given five times the longest successful build too, so a large site is
/// never stopped for its size.
/// </summary>
public sealed record PreviewOptions(
    string InputDirectory, string ThemeDirectory, string DisplayRoot, string NetlifyToml, string Host = "127.0.0.1", int Port = 5080, bool Timings = false,
    string? CacheDirectory = null, TimeSpan? QuietTime = null, TimeSpan? BuildBudget = null)
{
    /// <summary>The least time a build is given when <see cref="BuildBudget"/> does not say.</summary>
    public static readonly TimeSpan DefaultBuildBudget = TimeSpan.FromSeconds(60);

    /// <summary>Builds the site in place of the explainer's own build (tests: a build that never ends).</summary>
    internal Func<SiteFiles, ExplainerOptions, CancellationToken, BuildResult>? Build { get; init; }
}
