using System.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// Deletes what earlier builds left in the work folder (see <see cref="WorkFolder"/>) on a thread of its own, while
/// this build makes its pages. A build that succeeds waits for it before it exits, so leftovers never pile up from
/// one build to the next; one that fails or is stopped does not, and whatever is left is deleted by the next.
/// </summary>
public sealed class LeftoverSweep
{
    private readonly Thread thread;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<string> problems = [];
    private readonly ManualResetEventSlim done = new();
    private TimeSpan elapsed;

    private LeftoverSweep(IReadOnlyList<string> folders)
    {
        Folders = folders;
        // A background thread: a failed or stopped build exits without waiting for it.
        thread = new Thread(() => Sweep(folders)) { IsBackground = true, Name = "leftover sweep", Priority = ThreadPriority.BelowNormal };
        thread.Start();
    }

    public IReadOnlyList<string> Folders { get; }

    /// <summary>How long the deleting took; valid after <see cref="Wait"/>.</summary>
    public TimeSpan Elapsed => elapsed;

    /// <summary>What could not be deleted, and why; valid after <see cref="Wait"/>.</summary>
    public IReadOnlyList<string> Problems => problems;

    public static LeftoverSweep Start(IReadOnlyList<string> folders) => new(folders);

    /// <summary>
    /// Waits until every leftover is deleted (or failed to be), or until <paramref name="cancellation"/>: then the rest
    /// is left to the next build.
    /// </summary>
    /// <returns>How long this call waited, and whether the sweep finished.</returns>
    public (TimeSpan Waited, bool Finished) Wait(CancellationToken cancellation)
    {
        var waited = Stopwatch.StartNew();
        WaitHandle.WaitAny([done.WaitHandle, cancellation.WaitHandle]);
        return (waited.Elapsed, done.IsSet);
    }

    private void Sweep(IReadOnlyList<string> folders)
    {
        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
            {
                problems.Add($"could not delete '{folder}' (left by an earlier build): {WriteFailedException.ReasonOf(e)}; delete it yourself");
            }
        }
        elapsed = clock.Elapsed;
        done.Set();
    }
}
