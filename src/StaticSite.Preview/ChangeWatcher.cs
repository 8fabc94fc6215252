using System.Threading.Channels;

namespace StaticSite.Preview;

/// <summary>
/// Watches input/ and theme/ and hands over batches of changed paths: a burst of events (an editor's
/// write-rename-touch, a "save all") becomes one batch once the folders have been quiet for the debounce time.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly TimeSpan debounce;

    public ChangeWatcher(IEnumerable<string> directories, string displayRoot, TimeSpan debounce)
    {
        this.debounce = debounce;
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            void Changed(string path)
            {
                if (!ScratchFiles.Are(Path.GetFileName(path))) changes.Writer.TryWrite(Path.GetRelativePath(displayRoot, path).Replace('\\', '/'));
            }
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
            // Events were lost (buffer overflow): rebuilding everything is always right.
            watcher.Error += (_, _) => changes.Writer.TryWrite(Path.GetRelativePath(displayRoot, directory).Replace('\\', '/') + "/");
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change and returns it with any others already queued.</summary>
    public async Task<IReadOnlyList<string>> NextChangesAsync(CancellationToken cancellation)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(cancellation) };
        while (changes.Reader.TryRead(out var path)) batch.Add(path);
        return [.. batch];
    }

    /// <summary>
    /// Waits for the debounce time of quiet: returns nothing when it passed without a change, or as soon as one
    /// arrives, that change and any others already queued (the caller then waits for quiet again).
    /// </summary>
    public async Task<IReadOnlyList<string>> ChangesBeforeQuietAsync(CancellationToken cancellation)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        quiet.CancelAfter(debounce);
        try
        {
            return await NextChangesAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return [];
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
    }
}
