namespace StaticSite.Engine.IO;

/// <summary>
/// The largest file the build reads: a text file (content, layouts, partials) is read whole into memory and parsed, so a
/// file far larger than any real one (a log pasted by mistake, a generated dump) is refused before it is read (IO005).
/// </summary>
public static class FileLimits
{
    /// <summary>Content and templates: the longest real section is a few tens of kilobytes.</summary>
    public const long Text = 4_000_000;

    /// <summary>Anything else (images, fonts, downloads): room for a large photograph or a PDF.</summary>
    public const long Other = 100_000_000;

    /// <summary>Files the build reads as UTF-8 text; the others it copies as they are.</summary>
    public static bool IsText(string path) =>
        Path.GetExtension(path) is ".yml" or ".yaml" or ".md" or ".liquid";

    public static long For(string path) => IsText(path) ? Text : Other;

    public static string Describe(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1e6:0.#} MB" : $"{bytes / 1e3:0.#} kB";
}
