namespace StaticSite.Core.IO;

/// <summary>
/// The two layers a build reads: content from <c>input/</c> and layouts and assets from <c>theme/</c>.
/// A file in input/ at the same path as one in theme/ overrides it, as in Statiq.
/// </summary>
public sealed class SiteFiles
{
    private readonly IReadOnlyDictionary<string, SourceFile> input;
    private readonly IReadOnlyDictionary<string, SourceFile> theme;

    public SiteFiles(IEnumerable<SourceFile> inputFiles, IEnumerable<SourceFile> themeFiles)
    {
        input = inputFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        theme = themeFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>Content files directly in an input folder with the given extensions, in ordinal order.</summary>
    public IReadOnlyList<SourceFile> Content(string folder, params string[] extensions) =>
        input.Values
            .Where(f => InFolder(f.Path, folder) && extensions.Any(e => f.Path.EndsWith(e, StringComparison.Ordinal)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    public SourceFile? ContentFile(string path) => input.GetValueOrDefault(path);

    /// <summary>Theme files under a folder (recursively), with input/ overriding theme/ path by path.</summary>
    public IReadOnlyList<SourceFile> Theme(string folder) =>
        theme.Keys.Concat(input.Keys)
            .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(p => ThemeFile(p)!)
            .ToList();

    public SourceFile? ThemeFile(string path) => input.GetValueOrDefault(path) ?? theme.GetValueOrDefault(path);

    private static bool InFolder(string path, string folder) =>
        folder.Length == 0
            ? !path.Contains('/')
            : path.StartsWith(folder + "/", StringComparison.Ordinal) && path.IndexOf('/', folder.Length + 1) < 0;

    public static SiteFiles FromDisk(string inputDirectory, string themeDirectory, string displayRoot) =>
        new(ReadLayer(inputDirectory, displayRoot), ReadLayer(themeDirectory, displayRoot));

    /// <summary>An in-memory site: keys start with <c>input/</c> or <c>theme/</c>.</summary>
    public static SiteFiles FromMemory(IReadOnlyDictionary<string, string> files)
    {
        IEnumerable<SourceFile> Layer(string prefix) =>
            files.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(kv => new SourceFile(kv.Key[prefix.Length..], kv.Key, () => System.Text.Encoding.UTF8.GetBytes(kv.Value)));
        return new SiteFiles(Layer("input/"), Layer("theme/"));
    }

    private static IEnumerable<SourceFile> ReadLayer(string directory, string displayRoot)
    {
        if (!Directory.Exists(directory)) return [];
        var root = Path.GetFullPath(directory);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(full =>
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                var display = Path.GetRelativePath(displayRoot, full).Replace('\\', '/');
                return new SourceFile(relative, display, () => ReadShared(full)) { ReadContent = () => NativeFileBytes.Read(full) };
            })
            .ToList();
    }

    // Editors may hold a file open while saving; share the file rather than fail on a lock.
    // Read at the length the file has when opened, straight into the array. A file being saved meanwhile is read
    // as it was; its save raises another change, and the preview builds again.
    // The array goes on the pinned object heap, which the collector never compacts. Content files, which the site
    // model keeps slices of, are read outside the heap instead (NativeFileBytes).
    private static byte[] ReadShared(string path)
    {
        using var handle = OpenShared(path);
        var bytes = GC.AllocateUninitializedArray<byte>(LengthOf(handle), pinned: true);
        var read = ReadAll(handle, bytes);
        return read == bytes.Length ? bytes : bytes[..read];
    }

    internal static Microsoft.Win32.SafeHandles.SafeFileHandle OpenShared(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    internal static int LengthOf(Microsoft.Win32.SafeHandles.SafeFileHandle handle) => checked((int)RandomAccess.GetLength(handle));

    /// <summary>Reads from the start until <paramref name="into"/> is full or the file ends; how many bytes were read.</summary>
    internal static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> into)
    {
        var read = 0;
        for (int n; read < into.Length && (n = RandomAccess.Read(handle, into[read..], read)) > 0;) read += n;
        return read;
    }
}
