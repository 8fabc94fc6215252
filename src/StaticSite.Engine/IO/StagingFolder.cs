using System.Collections.Concurrent;

namespace StaticSite.Engine.IO;

/// <summary>
/// A build's staging folder, into which files are written as soon as they are made (pages, share cards, the data
/// files; see <c>WriteAhead</c>) and the rest in the Output phase (<c>WriteFiles</c>). It remembers the folders it has made: a page and the share card beside it are made
/// on different threads, and each asking the file system for their folder cost the second one a failed
/// <c>mkdir</c> and a <c>stat</c>. A file or folder the file system refuses (a full disk, a read-only one) is a
/// <see cref="WriteFailedException"/> naming it.
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
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, path, "write the file");
        }
        return path;
    }

    /// <summary>Writes a file as <paramref name="write"/> makes it; null as for <see cref="Write(string, ReadOnlySpan{byte})"/>.</summary>
    public string? Write(string destination, Action<Stream> write)
    {
        if (Create(destination) is not var (path, stream)) return null;
        try
        {
            using (stream) write(stream);
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, path, "write the file");
        }
        return path;
    }

    /// <summary>A new file to write as it is made, for content written piece by piece; null as for <see cref="Write(string, ReadOnlySpan{byte})"/>.</summary>
    public (string Path, Stream Stream)? Create(string destination)
    {
        if (PathOf(destination) is not { } path) return null;
        MakeFolderOf(path);
        try
        {
            return (path, new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024));
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, path, "create the file");
        }
    }

    /// <summary>Puts a file kept elsewhere (a cached share card) in place, as a link where it can; null as for <see cref="Write"/>, or when it is in place already.</summary>
    public string? Link(string destination, string file)
    {
        // A file in place already (written or linked ahead, as most are by the Output phase) costs no check at all.
        var path = System.IO.Path.Combine(Path, destination);
        if (path == file || !OutputPaths.IsSafeDestination(destination)) return null;
        MakeFolderOf(path);
        try
        {
            FileLinks.LinkOrCopy(file, path);
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, path, "copy a cached file to");
        }
        return path;
    }

    private string? PathOf(string destination) =>
        OutputPaths.IsSafeDestination(destination) ? System.IO.Path.Combine(Path, destination) : null;

    private void MakeFolderOf(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(file)!;
        if (made.ContainsKey(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, folder, "create the folder");
        }
        made.TryAdd(folder, 0);
    }
}
