using System.Runtime.InteropServices;

namespace StaticSite.Engine.IO;

/// <summary>
/// The file system refused something the build had to do outside the content: write a file, make a folder, take
/// the lock, swap the output. Not a bug and not a content error (exit code 4); the message names the file, the
/// operation and the system's own reason ("No space left on device").
/// </summary>
public sealed class WriteFailedException(string path, string operation, string reason, Exception? inner = null)
    : IOException($"cannot {operation} '{path}': {reason}", inner)
{
    public string Path { get; } = path;

    public string Operation { get; } = operation;

    public string Reason { get; } = reason;

    /// <summary>Runs <paramref name="action"/>, turning a file system error into a <see cref="WriteFailedException"/>.</summary>
    public static void Wrap(string path, string operation, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw From(e, path, operation);
        }
    }

    /// <summary>Whether <paramref name="e"/> is the file system's refusal, not yet given its path and operation.</summary>
    public static bool IsFileSystemError(Exception e) => e is IOException or UnauthorizedAccessException && e is not WriteFailedException;

    public static WriteFailedException From(Exception e, string path, string operation) => new(path, operation, ReasonOf(e), e);

    /// <inheritdoc cref="Wrap(string, string, Action)"/>
    public static T Wrap<T>(string path, string operation, Func<T> action)
    {
        var result = default(T)!;
        Wrap(path, operation, () => { result = action(); });
        return result;
    }

    /// <summary>The file an exception from .NET names at the end of its message (<c>... : '/path'</c>), if any.</summary>
    public static string? PathIn(Exception e)
    {
        var message = e.Message;
        var start = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return start > 0 && message.EndsWith('\'') ? message[(start + 4)..^1] : null;
    }

    /// <summary>
    /// The system's words for an error: on Unix .NET keeps the error number in <c>HResult</c> of the exception it
    /// makes from a failed call (or of the one inside an access error), and the C library names it.
    /// </summary>
    public static string ReasonOf(Exception e)
    {
        var io = e is UnauthorizedAccessException { InnerException: IOException inner } ? inner : e;
        if (!OperatingSystem.IsWindows() && io.HResult is > 0 and < 4096) return Marshal.GetPInvokeErrorMessage(io.HResult);
        if (e is UnauthorizedAccessException) return "Permission denied";
        // .NET gives these its own words and no error number; the system's are the same for every missing path.
        if (e is DirectoryNotFoundException or FileNotFoundException) return "No such file or directory";
        // The message without the path .NET appends (" : '/path'"), which the caller names already.
        var message = io.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
