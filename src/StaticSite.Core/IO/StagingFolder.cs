using System.Collections.Concurrent;

namespace StaticSite.Core.IO;

/// <summary>
/// A build's staging folder, into which files are written as soon as they are made (pages, share cards, the data
/// files; see <c>WriteAhead</c>) and the rest in the Output phase (<c>WriteFiles</c>). It remembers the folders it has made: a page and the share card beside it are made
/// on different threads, and each asking the file system for their folder cost the second one a failed
/// <c>mkdir</c> and a <c>stat</c>.
/// </summary>
public sealed class StagingFolder(string path)
{
    private readonly ConcurrentDictionary<string, byte> made = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    /// <summary>Writes a file; null when the destination could escape the folder (nothing is written then).</summary>
    public string? Write(string destination, ReadOnlySpan<byte> bytes)
    {
        if (PathOf(destination) is not { } path) return null;
        MakeFolderOf(path);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes a file as <paramref name="write"/> makes it; null as for <see cref="Write(string, ReadOnlySpan{byte})"/>.</summary>
    public string? Write(string destination, Action<Stream> write)
    {
        if (Create(destination) is not var (path, stream)) return null;
        using (stream) write(stream);
        return path;
    }

    /// <summary>A new file to write as it is made, for content written piece by piece; null as for <see cref="Write(string, ReadOnlySpan{byte})"/>.</summary>
    public (string Path, Stream Stream)? Create(string destination)
    {
        if (PathOf(destination) is not { } path) return null;
        MakeFolderOf(path);
        return (path, new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024));
    }

    /// <summary>Puts a file kept elsewhere (a cached share card) in place, as a link where it can; null as for <see cref="Write"/>, or when it is in place already.</summary>
    public string? Link(string destination, string file)
    {
        // A file in place already (written or linked ahead, as most are by the Output phase) costs no check at all.
        var path = System.IO.Path.Combine(Path, destination);
        if (path == file || !OutputPaths.IsSafeDestination(destination)) return null;
        MakeFolderOf(path);
        FileLinks.LinkOrCopy(file, path);
        return path;
    }

    private string? PathOf(string destination) =>
        OutputPaths.IsSafeDestination(destination) ? System.IO.Path.Combine(Path, destination) : null;

    private void MakeFolderOf(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(file)!;
        if (made.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        made.TryAdd(folder, 0);
    }
}
