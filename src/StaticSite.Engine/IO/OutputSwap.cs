using System.Runtime.InteropServices;

namespace StaticSite.Engine.IO;

/// <summary>
/// Puts a finished build in place of the old output. On Linux one <c>renameat2(RENAME_EXCHANGE)</c> swaps the two
/// folders at once, so a reader (a web server serving the folder) finds a whole output at every moment; elsewhere,
/// or on a file system without it, two renames, between which the output is missing for an instant. Either way the
/// old output is only renamed, to the trash folder given: deleting a large output takes as long as building it, and
/// <see cref="StagedOutput"/> has it deleted where no build waits for it.
/// </summary>
public static partial class OutputSwap
{
    /// <returns>Where the old output now is, or null when there was none.</returns>
    /// <exception cref="WriteFailedException">a rename failed; the old output is then where it was.</exception>
    public static string? Replace(string output, string staging, string trash)
    {
        if (!Directory.Exists(output))
        {
            Move(staging, output);
            return null;
        }
        if (Exchange(staging, output))
        {
            // The staging folder's name now holds the old output; if this rename fails, that name is a leftover the
            // next build removes all the same.
            try
            {
                Directory.Move(staging, trash);
                return trash;
            }
            catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
            {
                return staging;
            }
        }
        Move(output, trash);
        try
        {
            Move(staging, output);
        }
        catch (WriteFailedException)
        {
            Directory.Move(trash, output); // put the old output back before reporting
            throw;
        }
        return trash;
    }

    private static void Move(string from, string to) =>
        WriteFailedException.Wrap(to, $"rename '{from}' to", () => Directory.Move(from, to));

    private static bool Exchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(CurrentFolder, first, CurrentFolder, second, RenameExchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28: the two renames do
        }
        var error = Marshal.GetLastPInvokeError();
        // EINVAL: this file system cannot exchange; ENOSYS: nor this kernel. Anything else is a real failure.
        if (error is 22 or 38) return false;
        throw new WriteFailedException(second, $"swap in the new output '{first}' at", Marshal.GetPInvokeErrorMessage(error));
    }

    private const int CurrentFolder = -100; // AT_FDCWD; both paths are absolute
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
