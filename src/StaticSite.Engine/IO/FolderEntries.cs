using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace StaticSite.Engine.IO;

/// <summary>The names in one folder, each with what it is: a file, a folder, a symbolic link, or something else.</summary>
/// <remarks>
/// <para>
/// A named pipe must never be opened (opening one waits for a writer, for ever), so the build has to know what an entry
/// is before it reads it. On Linux the folder's own listing says so (readdir's <c>d_type</c>), at no cost per file.
/// .NET reads the same listing but shows only "folder" or "link"; its attributes cost a call to the system for each
/// file, and a site has thousands. So on Linux the listing is read here; elsewhere through .NET, where a pipe,
/// socket or device is not told apart from a file (those systems seldom put them among a site's files).
/// </para>
/// <para>Entries are returned in the order the system lists them; callers sort what they keep.</para>
/// </remarks>
internal static unsafe partial class FolderEntries
{
    // struct dirent is the same on every 64-bit Linux, glibc or musl: ino (8), off (8), reclen (2), type (1), name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private static readonly bool ListsNatively = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <exception cref="UnauthorizedAccessException">the folder may not be read.</exception>
    /// <exception cref="IOException">the folder cannot be read for another reason, which the message gives.</exception>
    public static List<FolderEntry> List(string folder) => ListsNatively ? ListNatively(folder) : ListThroughDotNet(folder);

    /// <summary>What the entry at <paramref name="path"/> is, without following it if it is a symbolic link.</summary>
    public static EntryKind KindOf(string path)
    {
        if (ListsNatively && StatxKind(path) is { } kind) return kind;
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return EntryKind.Link;
        return Directory.Exists(path) ? EntryKind.Folder : EntryKind.File;
    }

    private static List<FolderEntry> ListNatively(string folder)
    {
        var directory = OpenDir(folder);
        if (directory == 0) throw Failure(Marshal.GetLastPInvokeError());
        try
        {
            var entries = new List<FolderEntry>();
            while (true)
            {
                var entry = (byte*)ReadDir(directory);
                if (entry is null)
                {
                    // The end of the listing, or an error: readdir tells them apart only by errno.
                    var error = Marshal.GetLastPInvokeError();
                    if (error != 0) throw Failure(error);
                    return entries;
                }
                var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(entry + NameOffset);
                if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8)) continue;
                entries.Add(new FolderEntry(Encoding.UTF8.GetString(name), KindOfType(entry[TypeOffset]), Utf8.IsValid(name)));
            }
        }
        finally
        {
            _ = CloseDir(directory);
        }
    }

    private static EntryKind KindOfType(byte type) => type switch
    {
        8 => EntryKind.File, // DT_REG
        4 => EntryKind.Folder, // DT_DIR
        10 => EntryKind.Link, // DT_LNK
        1 => EntryKind.Pipe, // DT_FIFO
        12 => EntryKind.Socket, // DT_SOCK
        2 or 6 => EntryKind.Device, // DT_CHR, DT_BLK
        _ => EntryKind.Unknown, // DT_UNKNOWN: the file system does not say
    };

    // statx's buffer has one layout on every Linux, unlike struct stat; the file's type is in stx_mode.
    private static EntryKind? StatxKind(string path)
    {
        const int AtCurrentFolder = -100, AtSymlinkNoFollow = 0x100, ModeOffset = 28;
        const uint TypeMask = 1; // STATX_TYPE
        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtCurrentFolder, path, AtSymlinkNoFollow, TypeMask, buffer) != 0) return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library older than statx: the portable answer will do
        }
        return (*(ushort*)(buffer + ModeOffset) & 0xF000) switch
        {
            0x8000 => EntryKind.File,
            0x4000 => EntryKind.Folder,
            0xA000 => EntryKind.Link,
            0x1000 => EntryKind.Pipe,
            0xC000 => EntryKind.Socket,
            0x2000 or 0x6000 => EntryKind.Device,
            _ => EntryKind.Unknown,
        };
    }

    private static Exception Failure(int error)
    {
        const int NoSuchEntry = 2, PermissionDenied = 13; // ENOENT, EACCES
        var reason = Marshal.GetPInvokeErrorMessage(error);
        return error switch
        {
            NoSuchEntry => new DirectoryNotFoundException(reason),
            PermissionDenied => new UnauthorizedAccessException(reason),
            _ => new IOException(reason, error),
        };
    }

    private static List<FolderEntry> ListThroughDotNet(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        return [.. new FileSystemEnumerable<FolderEntry>(folder, (ref FileSystemEntry entry) => new FolderEntry(
            entry.FileName.ToString(),
            (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? EntryKind.Link : entry.IsDirectory ? EntryKind.Folder : EntryKind.File), options)];
    }

    [LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint OpenDir(string path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDir(nint directory);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDir(nint directory);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, byte* buffer);
}
