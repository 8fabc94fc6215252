namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A copy of the repository's <c>input/</c> and <c>theme/</c> in a fresh folder that is a repository of its own (it
/// holds <c>.git/</c>), with a file of the user's beside them: what a user's clone looks like to the CLI.
/// </summary>
public sealed class ScratchRepository : IDisposable
{
    private readonly TempFolder folder = new();

    public ScratchRepository()
    {
        Copy(Repository.PathOf("input"), PathOf("input"));
        Copy(Repository.PathOf("theme"), PathOf("theme"));
        Directory.CreateDirectory(PathOf(".git"));
        File.WriteAllText(PathOf(".git/HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(PathOf("notes.md"), "A file of the user's, which no build may touch.\n");
    }

    public string Root => folder.Path;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Every file under the repository but those a build writes (the output and its work folder), with its bytes' hash.</summary>
    public string SourceFingerprint() => Fingerprint(Root, except: ["output", ".output.staticsite", ".staticsite-cache"]);

    /// <summary>The relative path and a hash of every file under <paramref name="root"/>, in order: equal fingerprints, equal trees.</summary>
    public static string Fingerprint(string root, IReadOnlyList<string>? except = null)
    {
        if (!Directory.Exists(root)) return "(missing)";
        var lines = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => except is null || !except.Any(e => f == e || f.StartsWith(e + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f))))}");
        return string.Join('\n', lines);
    }

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => folder.Dispose();
}
