using System.Diagnostics;
using System.Net.Sockets;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>A folder's listing says what each entry is, without opening or following it.</summary>
public sealed class FolderEntriesTests
{
    [Fact]
    public void EachEntry_IsNamedWithWhatItIs()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "pipes and sockets are tested on Linux");
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "file.yml"), "x");
        Directory.CreateDirectory(Path.Combine(folder.Path, "folder"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link"), "/etc");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling"), "nowhere");
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(folder.Path, "pipe")])) mkfifo.WaitForExit();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(folder.Path, "socket")));

        var entries = FolderEntries.List(folder.Path).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [new("dangling", EntryKind.Link), new("file.yml", EntryKind.File), new("folder", EntryKind.Folder), new("link", EntryKind.Link), new("pipe", EntryKind.Pipe), new FolderEntry("socket", EntryKind.Socket)],
            entries);
        Assert.Equal(EntryKind.Pipe, FolderEntries.KindOf(Path.Combine(folder.Path, "pipe")));
        Assert.Equal(EntryKind.Link, FolderEntries.KindOf(Path.Combine(folder.Path, "link")));
        Assert.Equal(EntryKind.Device, FolderEntries.KindOf("/dev/null"));
    }

    [Fact]
    public void AMissingFolder_IsNotFound_AndAFile_CannotBeListed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "file"), "x");

        Assert.Throws<DirectoryNotFoundException>(() => FolderEntries.List(Path.Combine(folder.Path, "missing")));
        Assert.ThrowsAny<IOException>(() => FolderEntries.List(Path.Combine(folder.Path, "file")));
    }
}
