using System.Runtime.InteropServices;

namespace StaticSite.Engine.IO;

/// <summary>The system's own words for why a file could not be read ("Permission denied"), without .NET's wrapping and paths.</summary>
internal static class SystemReason
{
    public static string Of(Exception exception) => exception switch
    {
        UnauthorizedAccessException { InnerException: IOException inner } => Of(inner),
        UnauthorizedAccessException => "Permission denied",
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory",
        // On Unix, .NET gives the system's error number as the HResult of the IOExceptions it makes from one.
        IOException { HResult: > 0 and < 4096 } io when !OperatingSystem.IsWindows() => Marshal.GetPInvokeErrorMessage(io.HResult),
        _ => WithoutPath(exception.Message),
    };

    // .NET adds the path to the system's message: "Too many levels of symbolic links : '/x/y'". The diagnostic names it already.
    private static string WithoutPath(string message)
    {
        var at = message.IndexOf(" : '", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.');
    }
}
