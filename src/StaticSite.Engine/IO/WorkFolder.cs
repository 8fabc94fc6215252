using System.Text.RegularExpressions;

namespace StaticSite.Engine.IO;

/// <summary>
/// The build's own hidden folder beside its output (<c>.output.staticsite/</c> beside <c>output/</c>): the lock file,
/// the staging folder each build writes into, and the previous output once a build has replaced it. Beside the output
/// and not elsewhere, so that the swap is a rename on one file system. Each build names its folders after its process
/// and a random part, so two builds never share one, and anything else named that way is a leftover: of a build
/// that was killed, or an output replaced since whose deletion was stopped, which the next build deletes.
/// </summary>
public sealed partial class WorkFolder
{
    public const string Suffix = ".staticsite";

    private WorkFolder(string path) => Path = path;

    public string Path { get; }

    public string LockFile => System.IO.Path.Combine(Path, "lock");

    /// <summary>The work folder of an output (a real path, see <see cref="ResolvedPath"/>).</summary>
    public static WorkFolder Of(string output)
    {
        var trimmed = System.IO.Path.TrimEndingDirectorySeparator(output);
        var parent = System.IO.Path.GetDirectoryName(trimmed)!;
        return new WorkFolder(System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(trimmed) + Suffix));
    }

    public void Create() => WriteFailedException.Wrap(Path, "create the folder", () => Directory.CreateDirectory(Path));

    /// <summary>A folder name of this build's own, not yet used: <c>staging-4242-1f2e3d4c</c>.</summary>
    public string NewFolder(string kind) =>
        System.IO.Path.Combine(Path, $"{kind}-{Environment.ProcessId}-{Random.Shared.Next():x8}");

    public const string Staging = "staging";
    public const string Trash = "trash";

    /// <summary>Folders earlier builds left: to call with the lock held, before this build makes its own.</summary>
    public IReadOnlyList<string> Leftovers() => Named(LeftoverName());

    /// <summary>Folders waiting to be deleted: old outputs, and staging folders of builds that failed or were stopped.</summary>
    public IReadOnlyList<string> TrashFolders() => Named(TrashName());

    private IReadOnlyList<string> Named(Regex name) =>
        Directory.Exists(Path)
            ? [.. Directory.EnumerateDirectories(Path).Where(d => name.IsMatch(System.IO.Path.GetFileName(d))).Order(StringComparer.Ordinal)]
            : [];

    [GeneratedRegex(@"\A(staging|trash)-[0-9]+-[0-9a-f]{8}\z")]
    private static partial Regex LeftoverName();

    [GeneratedRegex(@"\Atrash-[0-9]+-[0-9a-f]{8}\z")]
    private static partial Regex TrashName();
}
