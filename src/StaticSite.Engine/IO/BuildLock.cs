using System.Runtime.InteropServices;

namespace StaticSite.Engine.IO;

/// <summary>
/// One build at a time on an output: an exclusive lock on a file beside it, held from before the first write until
/// after the swap. An operating-system lock (<c>flock</c>), so it goes with the process however it ends: a killed
/// build never leaves a stale lock behind. The file itself stays: deleting a lock file that another build may have
/// just opened would let two builds each hold a lock on a different file.
/// </summary>
public sealed partial class BuildLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream file;

    private BuildLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock, waiting while another build holds it; <paramref name="waiting"/> is called once if it must wait.</summary>
    /// <exception cref="OperationCanceledException">cancelled while waiting.</exception>
    /// <exception cref="WriteFailedException">the lock file cannot be made or opened.</exception>
    public static BuildLock Take(string path, Action? waiting, CancellationToken cancellation)
    {
        var told = false;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (Open(path) is { } file)
            {
                if (TryLock(file, path)) return new BuildLock(file);
                file.Dispose();
            }
            if (!told) waiting?.Invoke();
            told = true;
            cancellation.WaitHandle.WaitOne(Poll);
        }
    }

    public void Dispose() => file.Dispose(); // closing the file releases the lock

    // Null when another build holds the lock and opening the file already says so (on Windows, FileShare.None is the lock).
    private static FileStream? Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, OperatingSystem.IsWindows() ? FileShare.None : FileShare.ReadWrite, bufferSize: 0);
        }
        // Where .NET takes its own advisory lock as it opens a file (not in the CLI, which turns that off, but in a
        // host that does not), opening fails the same way while another build holds ours.
        catch (IOException e) when (e.HResult == (OperatingSystem.IsWindows() ? SharingViolation : WouldBlock))
        {
            return null;
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, path, "open the lock file");
        }
    }

    private const int SharingViolation = unchecked((int)0x80070020);

    // Windows: the FileShare.None above is the lock, and opening fails while another build holds it. Elsewhere an
    // explicit flock: the CLI turns off .NET's own advisory locks (System.IO.DisableFileLocking) for speed.
    private static bool TryLock(FileStream file, string path)
    {
        if (OperatingSystem.IsWindows()) return true;
        if (Flock(file.SafeFileHandle.DangerousGetHandle().ToInt32(), LockExclusive | LockNonBlocking) == 0) return true;
        var error = Marshal.GetLastPInvokeError();
        if (error == WouldBlock) return false;
        throw new WriteFailedException(path, "lock the file", Marshal.GetPInvokeErrorMessage(error));
    }

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private static readonly int WouldBlock = OperatingSystem.IsLinux() ? 11 : 35; // EWOULDBLOCK: Linux, then macOS and the BSDs

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);
}
