namespace StaticSite.Engine.IO;

/// <summary>
/// The small file every build writes into its output, so that the next build knows the folder is one it may
/// replace whole. A dot file: Netlify publishes no file whose name starts with a dot, and no page links to it.
/// The same bytes every build, so two builds still write the same output.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".staticsite-output";

    private static readonly byte[] Content =
        "This folder was written by StaticSite (staticsite build). The next build replaces it whole: keep no other files here.\n"u8.ToArray();

    public static void WriteInto(string folder)
    {
        var path = Path.Combine(folder, FileName);
        WriteFailedException.Wrap(path, "write the file", () => File.WriteAllBytes(path, Content));
    }

    /// <summary>Whether <paramref name="folder"/> is one a build made: it holds the marker as a plain file.</summary>
    public static bool IsIn(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, FileName));
        return marker.Exists && marker.LinkTarget is null;
    }
}
