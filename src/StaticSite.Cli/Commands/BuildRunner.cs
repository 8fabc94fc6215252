using System.Diagnostics;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Outputs.Share;
using StaticSite.Cli.Reporting;

namespace StaticSite.Cli.Commands;

/// <summary>Runs a build for build and check, prints diagnostics and the summary line (see <see cref="BuildReport"/>), and picks the exit code.</summary>
public static class BuildRunner
{
    /// <param name="collectGarbage">after a successful build, delete the cached share cards it did not use (<c>build --gc</c>).</param>
    public static int Run(SiteSettings settings, bool write, CancellationToken cancellation, bool collectGarbage = false)
    {
        if (settings.MissingFolder() is { } missing)
        {
            Console.Error.WriteLine($"error: {missing}");
            return ExitCodes.Usage;
        }
        if (DeployEnvironment.Resolve(settings.BaseUrl, settings.NoIndex, out var problem) is not { } deploy)
        {
            Console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }
        var format = settings.DiagnosticFormat;
        // With --format json, standard output holds nothing but the diagnostics' JSON lines.
        var info = format == DiagnosticFormat.Json ? Console.Error : Console.Out;
        if (!settings.Quiet && deploy.Describe() is { } where) info.WriteLine(where);
        var clock = Stopwatch.StartNew();
        var options = new BuildOptions(settings.Input, settings.Theme, settings.Output, RepositoryRoot.Find(settings.Input), write)
        {
            Waiting = () => Console.Error.WriteLine($"waiting for another build of '{settings.Output}' to finish (Ctrl-C to stop waiting)…"),
            // A process of its own deletes the old output after the build has exited: nobody waits for it.
            DetachCleanUp = true,
        };
        var progress = BuildProgress.ForConsole(settings.Quiet);
        BuildResult result;
        try
        {
            // check reads the cache but stores nothing in it: it writes nothing anywhere.
            var state = new ExplainerOptions
            {
                ShareCards = settings.CacheDirectory is { } directory ? ShareCardCache.Open(directory, readOnly: !write) : null,
                BaseUrl = deploy.BaseUrl,
                NoIndex = deploy.NoIndex,
                PhaseStarted = progress.PhaseStarted,
            };
            result = progress.Run(() => ExplainerSite.BuildToDisk(options, state, cancellation));
            // Only after a build that made every page's card: a failed one may have stopped before the cards.
            if (collectGarbage && result.Succeeded && state.ShareCards is { } cards)
            {
                var (removed, bytes) = cards.RemoveUnused();
                if (!settings.Quiet) info.WriteLine($"removed {removed} unused share cards ({bytes / 1048576.0:F1} MiB) from {cards.Directory}");
            }
        }
        catch (WriteFailedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(Directory.Exists(settings.Output)
                ? $"note: the previous output in '{settings.Output}' is left as it was, and nothing of this build was kept"
                : "note: nothing of this build was kept");
            return ExitCodes.InputOutput;
        }
        BuildReport.Diagnostics(result.Diagnostics, format);
        foreach (var problemOnDisk in result.DiskSteps.SelectMany(s => s.Problems ?? [])) Console.Error.WriteLine($"warning: {problemOnDisk}");
        if (settings.Timings) PrintTimings(result, info);
        if (settings.Verbose) BuildReport.Verbose(result, info);
        if (!settings.Quiet) info.WriteLine(BuildReport.Summary(result, write, clock.ElapsedMilliseconds));
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    private static void PrintTimings(BuildResult result, TextWriter to)
    {
        foreach (var timing in result.Timings.Where(t => t.Elapsed > TimeSpan.Zero))
        {
            if (timing.InPass)
            {
                // A module of a page-by-page pass: its share of the pass, as time on all threads together.
                var allocated = timing.Allocated > 0 ? $"  {timing.Allocated / 1048576.0,6:F0} MiB allocated" : "";
                var indent = new string(' ', 2 * timing.Depth);
                to.WriteLine($"  {"",-10} {"",-12}   {indent}› {timing.Module,-16} {timing.Elapsed.TotalMilliseconds,8:F1} ms on all threads{allocated}");
                continue;
            }
            var cpu = timing.Module is null ? "" : $"  {timing.Cpu.TotalMilliseconds,8:F1} ms CPU  {timing.Allocated / 1048576.0,6:F0} MiB allocated  heap {timing.HeapAfter / 1048576.0,6:F0} MiB  GC paused {timing.Paused.TotalMilliseconds,5:F1} ms";
            to.WriteLine($"  {timing.Pipeline,-10} {timing.Phase,-12} {timing.Module ?? "(phase)",-20} {timing.Elapsed.TotalMilliseconds,8:F1} ms{cpu}");
        }
        // The output folder: the lock, the swap, and deleting what earlier builds left (on a thread of its own).
        foreach (var step in result.DiskSteps)
        {
            to.WriteLine($"  {"Output",-10} {"Disk",-12} {step.Name,-20} {step.Elapsed.TotalMilliseconds,8:F1} ms  {step.Detail}");
        }
        // Memory, for the benchmarks: what the build allocated in all, how often the GC ran, and what it kept.
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        to.WriteLine($"  allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MiB, {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(1)} gen1 / {GC.CollectionCount(2)} gen2 collections (paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms), " +
            $"heap after the last {gc.HeapSizeBytes / 1048576.0:F0} MiB, committed {gc.TotalCommittedBytes / 1048576.0:F0} MiB");
    }
}
