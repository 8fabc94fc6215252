using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Outputs.Share;

namespace StaticSite.Preview;

/// <summary>
/// Builds the site again and again in one process: layouts render only pages whose inputs changed (the
/// render cache), and the snapshot the server reads is replaced only by a build without errors.
/// </summary>
public sealed class Rebuilder(PreviewOptions options, string liveReloadScript)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Replaced when a build is abandoned (see Abandon), so that it can never touch what the next build uses.
    private RenderCache cache = new();
    private ShareCardCache? shareCards = options.CacheDirectory is { } directory ? ShareCardCache.Open(directory) : null;
    private readonly string session = Guid.NewGuid().ToString("N")[..8];
    private int generation;
    private volatile SiteSnapshot snapshot = SiteSnapshot.Empty;
    private volatile IReadOnlyList<Diagnostic> errors = [];

    /// <summary>The last good build.</summary>
    public SiteSnapshot Snapshot => snapshot;

    /// <summary>The errors of the latest build; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Errors => errors;

    public RebuildReport Rebuild(IReadOnlyList<string> changed, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        return Commit(changed, Build(cancellation), clock);
    }

    /// <summary>
    /// Builds without changing what is served, so that a build started before the last save of a burst can be
    /// thrown away (cancelled) and only the build that saw every save reaches the browser (<see cref="Commit"/>).
    /// </summary>
    public BuildResult Build(CancellationToken cancellation) => BuildWithRetry(cancellation);

    /// <summary>
    /// Gives up on a build that is still running (past its time budget, or superseded and not stopping): the builds
    /// after it get caches of their own, since it may still be writing to the old ones. Its thread is left to finish
    /// or not; nothing waits for it and nothing it makes is served.
    /// </summary>
    public void Abandon()
    {
        cache = new RenderCache();
        shareCards = options.CacheDirectory is { } directory ? ShareCardCache.Open(directory) : null;
    }

    /// <summary>Keeps <paramref name="error"/> as the latest build's only error, for a build that never finished.</summary>
    public RebuildReport Fail(IReadOnlyList<string> changed, Diagnostic error, Stopwatch clock)
    {
        errors = [error];
        return new RebuildReport(changed, false, 0, [], [], [], [error], clock.Elapsed, []);
    }

    /// <summary>Serves a finished build when it succeeded, or keeps its errors; <paramref name="clock"/> started with the build.</summary>
    public RebuildReport Commit(IReadOnlyList<string> changed, BuildResult result, Stopwatch clock)
    {
        if (!result.Succeeded)
        {
            errors = result.Diagnostics.Where(d => d.IsError).ToList();
            return new RebuildReport(changed, false, 0, [], [], [], result.Diagnostics, clock.Elapsed, result.Timings);
        }

        var before = snapshot.Files;
        var files = result.Written.ToDictionary(d => d.Destination!, d => d.ReadBytes(), StringComparer.Ordinal);
        var updated = files.Where(f => !(before.TryGetValue(f.Key, out var old) && old.AsSpan().SequenceEqual(f.Value)))
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        var deleted = before.Keys.Where(k => !files.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var buildId = updated.Count + deleted.Count > 0 ? $"{session}-{Interlocked.Increment(ref generation)}" : snapshot.BuildId;
        snapshot = new SiteSnapshot(files.ToFrozenDictionary(StringComparer.Ordinal), buildId);
        errors = [];
        var pages = result.Written.Count(d => d.Model is RenderedPage);
        return new RebuildReport(changed, true, pages, cache.RenderedUrls, updated, deleted, result.Diagnostics, clock.Elapsed, result.Timings);
    }

    private BuildResult BuildWithRetry(CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var files = SiteFiles.FromDisk(options.InputDirectory, options.ThemeDirectory, options.DisplayRoot);
                var state = new ExplainerOptions { LiveReloadScript = liveReloadScript, Cache = cache, ShareCards = shareCards, StableAssetNames = true };
                var result = options.Build is { } build ? build(files, state, cancellation) : ExplainerSite.Build(files, writeTo: null, state, cancellation);
                // A file removed or replaced while it was read (IO006): an editor's save in progress, as below.
                if (attempt < 5 && result.Diagnostics.Any(d => d.Code == FileProblems.VanishedCode))
                {
                    Thread.Sleep(20 * attempt);
                    continue;
                }
                return result;
            }
            catch (IOException) when (attempt < 5)
            {
                // An editor may still be writing (or replacing) the file it just saved: try again shortly.
                Thread.Sleep(20 * attempt);
            }
        }
    }
}
