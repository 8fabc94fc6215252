using Microsoft.Win32.SafeHandles;

namespace StaticSite.Engine.IO;

/// <summary>
/// A file of <c>input/</c> or <c>theme/</c> read from disk: as it is when opened, shared with an editor that holds it
/// open, refused when larger than its limit, and every failure an <see cref="UnreadableFileException"/> that says why.
/// </summary>
internal sealed class DiskFile(string path, string displayPath, long limit)
{
    // Editors may hold a file open while saving; share the file rather than fail on a lock.
    // Read at the length the file has when opened, straight into the array. A file being saved meanwhile is read
    // as it was; its save raises another change, and the preview builds again.
    // The array goes on the pinned object heap, which the collector never compacts. Content files, which the site
    // model keeps slices of, are read outside the heap instead (NativeFileBytes).
    public byte[] ReadPinned() => Read(handle =>
    {
        var bytes = GC.AllocateUninitializedArray<byte>(LengthOf(handle), pinned: true);
        var read = ReadAll(handle, bytes);
        return read == bytes.Length ? bytes : bytes[..read];
    });

    /// <summary>Outside the collected heap (see <see cref="NativeFileBytes"/>: keep the memory while reading it).</summary>
    public ReadOnlyMemory<byte> ReadNative() => Read(handle => NativeFileBytes.Read(handle, LengthOf(handle)));

    private T Read<T>(Func<SafeFileHandle, T> read)
    {
        try
        {
            using var handle = OpenShared(path);
            return read(handle);
        }
        catch (Exception e) when (e is IOException and not UnreadableFileException or UnauthorizedAccessException)
        {
            throw new UnreadableFileException(e is FileNotFoundException or DirectoryNotFoundException
                ? FileProblems.Vanished(displayPath)
                : FileProblems.CannotRead(displayPath, SystemReason.Of(e), folder: false), e);
        }
    }

    private int LengthOf(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length > limit) throw new UnreadableFileException(FileProblems.TooLarge(displayPath, length, limit));
        return (int)length;
    }

    internal static SafeFileHandle OpenShared(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Reads from the start until <paramref name="into"/> is full or the file ends; how many bytes were read.</summary>
    internal static int ReadAll(SafeFileHandle handle, Span<byte> into)
    {
        var read = 0;
        for (int n; read < into.Length && (n = RandomAccess.Read(handle, into[read..], read)) > 0;) read += n;
        return read;
    }
}
