using System.Runtime.InteropServices;

namespace StaticSite.Engine.IO;

/// <summary>
/// Puts a cached artefact into the output as a hard link where the file system allows it, else as a copy.
/// Linking costs the same for any size of file, copying a large site's share cards does not. Cached files are
/// named by their content and never written again, and nothing edits the output in place, so sharing the
/// bytes is safe.
/// </summary>
public static partial class FileLinks
{
    public static void LinkOrCopy(string source, string destination)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            // Deleted only when it is there: in a fresh staging folder it never is, and trying first saves a call a file.
            if (Link(source, destination) == 0) return;
            if (File.Exists(destination))
            {
                File.Delete(destination);
                // Fails across file systems (EXDEV) or where links are not allowed; the copy below covers both.
                if (Link(source, destination) == 0) return;
            }
        }
        File.Copy(source, destination, overwrite: true);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
