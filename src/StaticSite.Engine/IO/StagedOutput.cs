using System.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// One build's hold on its output: the lock, a staging folder of its own to write the new output into, and the swap
/// that puts it in place. Until <see cref="Commit"/> the old output is untouched; disposing without committing (a
/// failed, stopped or refused build) removes the staging folder. What is no longer needed (the old output, a failed
/// build's staging folder, what killed builds left) is deleted without the build waiting for it: by a process that
/// goes on after the build exits (<see cref="DetachedRemoval"/>), or, where there is none, on a thread beside the
/// next build's work (<see cref="LeftoverSweep"/>).
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly BuildLock buildLock;
    private readonly WorkFolder work;
    private readonly LeftoverSweep? sweep;
    private readonly string output;
    private readonly List<DiskStep> steps = [];
    private bool committed;

    private StagedOutput(BuildLock buildLock, WorkFolder work, LeftoverSweep? sweep, string output, string staging)
    {
        (this.buildLock, this.work, this.sweep, this.output, Staging) = (buildLock, work, sweep, output, staging);
    }

    /// <summary>The folder to write the new output into.</summary>
    public string Staging { get; }

    /// <summary>The lock, swap and clean-up, with their times, for <c>--timings</c>.</summary>
    public IReadOnlyList<DiskStep> Steps => steps;

    private bool Detached => sweep is null;

    /// <summary>Takes the lock (waiting for another build of this output), checks the output folder, and makes the staging folder.</summary>
    /// <param name="typed">the output folder as the user gave it, for messages.</param>
    /// <param name="output">its real path, checked by <see cref="OutputTarget.Check"/>.</param>
    /// <param name="waiting">told once if another build holds the lock.</param>
    /// <param name="detach">delete what is no longer needed in a process that outlives this one (the CLI; see <see cref="DetachedRemoval"/>).</param>
    public static StagedOutput Begin(string typed, string output, Action? waiting, bool detach, CancellationToken cancellation)
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
            // Detached, leftovers wait for the removal this build starts when it ends: deleted beside the build, they
            // would slow it down as much as they would be slowed down.
            var sweep = detach && DetachedRemoval.IsAvailable ? null : LeftoverSweep.Start(leftovers);
            staged = new StagedOutput(buildLock, work, sweep, output, staging);
            staged.steps.Add(new DiskStep("lock", locked, work.LockFile));
            if (staged.Detached) staged.ToTrash(leftovers.Where(l => Path.GetFileName(l).StartsWith(WorkFolder.Staging, StringComparison.Ordinal)));
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

    /// <summary>Swaps the new output in, and starts deleting the old one (or, in this process, waits for the earlier builds' leftovers).</summary>
    public void Commit(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var old = OutputSwap.Replace(output, Staging, work.NewFolder(WorkFolder.Trash));
        committed = true;
        steps.Add(new DiskStep("swap", clock.Elapsed, old is null ? "no previous output" : $"previous output moved to {old}"));
        if (sweep is null)
        {
            RemoveTrash();
            return;
        }
        // The new output is in place: a signal now only cuts the waiting short, and the next build deletes the rest.
        var (waited, finished) = sweep.Wait(cancellation);
        var what = sweep.Folders.Count == 0 ? "no leftovers" : $"{Folders(sweep.Folders.Count)} left by earlier builds deleted beside the build";
        steps.Add(finished
            ? new DiskStep("clean-up", sweep.Elapsed, $"{what}; {waited.TotalMilliseconds:F1} ms of it after the swap", sweep.Problems)
            : new DiskStep("clean-up", waited, $"stopped by a signal after the swap, {waited.TotalMilliseconds:F1} ms into waiting; the next build deletes the rest"));
    }

    public void Dispose()
    {
        try
        {
            if (committed || !Directory.Exists(Staging)) return;
            if (Detached)
            {
                // Out of the way at once, and its space given back by the removal: a full disk needs it.
                ToTrash([Staging]);
                RemoveTrash();
            }
            else
            {
                Directory.Delete(Staging, recursive: true);
            }
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

    // Renamed so that only trash is ever handed to a removal that outlives the lock: a staging folder's name is
    // another build's as soon as this one lets the lock go.
    private void ToTrash(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            try
            {
                Directory.Move(folder, work.NewFolder(WorkFolder.Trash));
            }
            catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
            {
                // Left as it is: the next build finds it again.
            }
        }
    }

    private void RemoveTrash()
    {
        var clock = Stopwatch.StartNew();
        var trash = work.TrashFolders();
        var pid = DetachedRemoval.Start(trash);
        steps.Add(new DiskStep("clean-up", clock.Elapsed, trash.Count == 0 ? "nothing to delete"
            : pid is { } id ? $"{Folders(trash.Count)} (the previous output, and what earlier builds left) handed to rm -rf (process {id}), which goes on after this build exits"
            : $"{Folders(trash.Count)} left for the next build to delete (rm could not be started)"));
    }

    private static string Folders(int count) => count == 1 ? "1 folder" : $"{count} folders";
}
