using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// The files of one layer (<c>input/</c> or <c>theme/</c>) on disk, and a diagnostic for everything in it that the
/// build will not read: only files and folders inside the layer are ours.
/// </summary>
/// <remarks>
/// <para>
/// A symbolic link is followed only when everything it leads through stays inside the layer's folder (resolved as
/// <see cref="RealPath"/> does); a link that leaves it (IO002), leads nowhere or round in a loop (IO003), and a named pipe,
/// socket or device (IO001) are reported and never opened. Names starting with a dot are skipped unseen, as before.
/// </para>
/// <para>
/// A file with a problem stays in the list with a reader that fails with that problem, so whatever asks for it
/// reports the same diagnostic (which the build's report shows once) instead of missing the file: a pipe at
/// <c>input/site.yml</c> is IO001, not also "site.yml is missing".
/// </para>
/// <para>The walk costs one listing per folder and no call per file (<see cref="FolderEntries"/>); links cost a few each.</para>
/// </remarks>
internal sealed class LayerWalk
{
    private readonly string displayRoot;
    private readonly string layer;
    private readonly string rootReal;
    private readonly List<string> walking = [];

    private LayerWalk(string displayRoot, string layer, string rootReal) => (this.displayRoot, this.layer, this.rootReal) = (displayRoot, layer, rootReal);

    public List<SourceFile> Files { get; } = [];

    public List<Diagnostic> Problems { get; } = [];

    public static LayerWalk Of(string directory, string displayRoot)
    {
        var root = Path.GetFullPath(directory);
        var layer = Display(displayRoot, root);
        // The folder itself may be a link (input -> ../content): what counts as inside is where it really is.
        var real = RealPath.Resolve(Path.GetPathRoot(root)!, root);
        var walk = new LayerWalk(displayRoot, layer, real.Path ?? root);
        if (real.Outcome == RealPathOutcome.Found) walk.Visit(root, "", real.Path!);
        else if (real.Outcome == RealPathOutcome.Denied) walk.Problems.Add(FileProblems.CannotRead(layer, real.Reason!, folder: true));
        return walk;
    }

    private void Visit(string folder, string relative, string folderReal)
    {
        List<FolderEntry> entries;
        try
        {
            entries = FolderEntries.List(folder);
        }
        catch (DirectoryNotFoundException)
        {
            return; // removed since its parent was listed: it is simply not there
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problems.Add(FileProblems.CannotRead(Display(folder), SystemReason.Of(e), folder: true));
            return;
        }
        walking.Add(folderReal);
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = Path.Join(folder, entry.Name);
            var name = relative + entry.Name;
            if (!entry.NameIsUtf8)
            {
                Problems.Add(FileProblems.NameNotUtf8(Display(path)));
                continue;
            }
            var kind = entry.Kind == EntryKind.Unknown ? FolderEntries.KindOf(path) : entry.Kind;
            switch (kind)
            {
                case EntryKind.Folder:
                    Visit(path, name + "/", Path.Join(folderReal, entry.Name));
                    break;
                case EntryKind.Link:
                    Follow(path, name, folderReal);
                    break;
                case EntryKind.File or EntryKind.Unknown:
                    Add(name, path);
                    break;
                default:
                    Refuse(name, path, FileProblems.NotAFile(Display(path), kind));
                    break;
            }
        }
        walking.RemoveAt(walking.Count - 1);
    }

    private void Follow(string path, string name, string folderReal)
    {
        string? target;
        try
        {
            target = new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse(name, path, FileProblems.CannotRead(Display(path), SystemReason.Of(e), folder: false));
            return;
        }
        if (target is null)
        {
            Add(name, path); // replaced by a file since the folder was listed
            return;
        }
        var real = RealPath.Resolve(folderReal, target);
        switch (real.Outcome)
        {
            case RealPathOutcome.Missing:
                Refuse(name, path, FileProblems.LeadsNowhere(Display(path), target));
                return;
            case RealPathOutcome.Loop:
                Refuse(name, path, FileProblems.LeadsRound(Display(path), target));
                return;
            case RealPathOutcome.Denied:
                Refuse(name, path, FileProblems.CannotRead(Display(path), real.Reason!, folder: false));
                return;
        }
        var resolved = real.Path!;
        if (!RealPath.IsInside(resolved, rootReal))
        {
            Refuse(name, path, FileProblems.LeavesFolder(Display(path), target, layer));
            return;
        }
        switch (FolderEntries.KindOf(resolved))
        {
            case EntryKind.Folder when walking.Any(folder => RealPath.IsInside(folder, resolved)):
                Problems.Add(FileProblems.LeadsBack(Display(path), target));
                break;
            case EntryKind.Folder:
                Visit(path, name + "/", resolved);
                break;
            case EntryKind.File or EntryKind.Unknown:
                // Read where it really is: the link could be changed between this check and the read.
                Add(name, resolved, Display(path));
                break;
            case var other:
                Refuse(name, path, FileProblems.NotAFile(Display(path), other, target));
                break;
        }
    }

    private void Add(string name, string path, string? display = null)
    {
        var file = new DiskFile(path, display ?? Display(path), FileLimits.For(name));
        Files.Add(new SourceFile(name, display ?? Display(path), file.ReadPinned) { ReadContent = file.ReadNative });
    }

    private void Refuse(string name, string path, Diagnostic problem)
    {
        Problems.Add(problem);
        // Kept, so that whatever asks for the file reports this rather than finding it missing; never opened.
        Files.Add(new SourceFile(name, Display(path), () => throw new UnreadableFileException(problem))
        {
            ReadContent = () => throw new UnreadableFileException(problem),
        });
    }

    private string Display(string path) => Display(displayRoot, path);

    private static string Display(string displayRoot, string path) => Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
}
