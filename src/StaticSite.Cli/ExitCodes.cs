using Spectre.Console.Cli;
using StaticSite.Engine.IO;

namespace StaticSite.Cli;

/// <summary>The exit codes, as documented in the README: scripts and CI rely on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int Internal = 3;

    /// <summary>The file system refused a write (a full disk, a read-only one, a folder without permission).</summary>
    public const int InputOutput = 4;

    /// <summary>Stopped by SIGINT (Ctrl-C): 128 + 2, as shells report it.</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    public static int ForException(Exception exception)
    {
        switch (exception)
        {
            case CommandAppException or CommandParseException or CommandRuntimeException:
                Console.Error.WriteLine($"error: {exception.Message}");
                Console.Error.WriteLine("Run 'staticsite --help' or 'staticsite COMMAND --help' for usage.");
                return Usage;
            case FolderRefusedException:
                Console.Error.WriteLine($"error: {exception.Message}");
                return Usage;
            case WriteFailedException:
                Console.Error.WriteLine($"error: {exception.Message}");
                return InputOutput;
            case OperationCanceledException:
                return Cancelled;
            default:
                Console.Error.WriteLine($"internal error: {exception}");
                Console.Error.WriteLine("This is a bug in StaticSite, not in your content. Please report it with the message above.");
                return Internal;
        }
    }
}
