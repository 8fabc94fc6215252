using System.Diagnostics;

namespace StaticSite.Core.IO;

/// <summary>
/// One build's hold on its output: the lock, a staging folder of its own to write the new output into, and the swap
/// that puts it in place. Until <see cref="Commit"/> the old output is untouched; disposing without committing (a
/// failed, stopped or refused build) deletes the staging folder. Earlier builds' leftovers are deleted meanwhile.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly BuildLock buildLock;
    private readonly WorkFolder work;
    private readonly LeftoverSweep sweep;
    private readonly string output;
    private readonly List<DiskStep> steps = [];
    private bool committed;

    private StagedOutput(BuildLock buildLock, WorkFolder work, LeftoverSweep sweep, string output, string staging)
    {
        (this.buildLock, this.work, this.sweep, this.output, Staging) = (buildLock, work, sweep, output, staging);
    }

    /// <summary>The folder to write the new output into.</summary>
    public string Staging { get; }

    /// <summary>The lock, swap and clean-up, with their times, for <c>--timings</c>.</summary>
    public IReadOnlyList<DiskStep> Steps => steps;

    /// <summary>Takes the lock (waiting for another build of this output), checks the output folder, and makes the staging folder.</summary>
    /// <param name="typed">the output folder as the user gave it, for messages.</param>
    /// <param name="output">its real path, checked by <see cref="OutputTarget.Check"/>.</param>
    /// <param name="waiting">told once if another build holds the lock.</param>
    public static StagedOutput Begin(string typed, string output, Action? waiting, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var work = WorkFolder.Of(output);
        work.Create();
        var buildLock = BuildLock.Take(work.LockFile, waiting, cancellation);
        var locked = clock.Elapsed;
        StagedOutput? staged = null;
        try
        {
            OutputTarget.CheckContent(typed, output);
            // Listed before this build makes its own staging folder, which is not a leftover.
            var leftovers = work.Leftovers();
            var staging = work.NewFolder(WorkFolder.Staging);
            WriteFailedException.Wrap(staging, "create the folder", () => Directory.CreateDirectory(staging));
            staged = new StagedOutput(buildLock, work, LeftoverSweep.Start(leftovers), output, staging);
            staged.steps.Add(new DiskStep("lock", locked, work.LockFile));
            OutputMarker.WriteInto(staging);
            return staged;
        }
        catch
        {
            if (staged is null) buildLock.Dispose();
            else staged.Dispose();
            throw;
        }
    }

    /// <summary>Swaps the new output in, then waits for the earlier builds' leftovers to be gone (they had the whole build).</summary>
    public void Commit(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var old = OutputSwap.Replace(output, Staging, work.NewFolder(WorkFolder.Trash));
        committed = true;
        steps.Add(new DiskStep("swap", clock.Elapsed, old is null ? "no previous output" : $"previous output kept in {old} until the next build"));
        var waited = sweep.Wait();
        var what = sweep.Folders.Count == 0 ? "no leftovers" : $"{sweep.Folders.Count} leftover folders of earlier builds deleted beside the build";
        steps.Add(new DiskStep("clean-up", sweep.Elapsed, $"{what}; {waited.TotalMilliseconds:F1} ms of it after the swap", sweep.Problems));
    }

    public void Dispose()
    {
        try
        {
            // Deleted now, not left to the next build: a full disk needs the space back.
            if (!committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            // Left under its own name, which the next build recognises and deletes.
        }
        finally
        {
            buildLock.Dispose();
        }
    }
}
