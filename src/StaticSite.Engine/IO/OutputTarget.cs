namespace StaticSite.Engine.IO;

/// <summary>
/// Which folders a build may make its output. A build replaces its output folder whole, so the output must be a
/// folder of its own: not a source of the build nor a folder holding one (the input, the theme, the share-card
/// cache, the current folder, the repository), not inside the input, the theme or the cache, and, if it exists,
/// empty or made by an earlier build (see <see cref="OutputMarker"/>).
/// </summary>
/// <remarks>
/// Every path is compared as a real path (<see cref="ResolvedPath"/>): an output given through a symbolic link is the
/// folder the link points to. The build replaces that folder, with its staging folder beside it, and leaves the
/// link as it is.
/// </remarks>
public static class OutputTarget
{
    /// <summary>The output's real path, once it is known not to be or hold a source.</summary>
    /// <param name="typed">the output folder as the user gave it, for messages.</param>
    /// <exception cref="FolderRefusedException">the output may not be used.</exception>
    public static string Check(string typed, BuildSources sources)
    {
        var output = ResolveFolder(typed, "the site", "output");
        foreach (var (name, folder) in sources.Folders())
        {
            if (ResolvedPath.IsSameOrInside(folder, output))
            {
                var relation = string.Equals(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(output), StringComparison.Ordinal)
                    ? $"is the {name}" : $"contains the {name} ({folder})";
                throw new FolderRefusedException($"--output '{typed}' ({output}) {relation}: a build replaces its output folder whole, which would delete it. " +
                    "Choose a folder of the site's own with --output (the default is 'output')");
            }
        }
        RefuseInsideReadFolders(typed, output, sources, "the default is 'output', beside the input folder");
        return output;
    }

    /// <summary>
    /// The real path of a folder a command is to write into: refused when empty, when a symbolic link on the way cannot
    /// be followed, or when it or a folder it would be made under is a file.
    /// </summary>
    /// <param name="typed">the folder as the user gave it, for messages.</param>
    /// <param name="what">what goes into it, for messages ("the site").</param>
    /// <param name="example">the folder to suggest.</param>
    /// <exception cref="FolderRefusedException">the folder cannot be one.</exception>
    public static string ResolveFolder(string typed, string what, string example)
    {
        if (string.IsNullOrWhiteSpace(typed)) throw new FolderRefusedException($"--output is empty: give the folder to write {what} into, for example --output {example}");
        string output;
        try
        {
            output = ResolvedPath.Of(typed);
        }
        catch (IOException e)
        {
            throw new FolderRefusedException($"--output '{typed}' cannot be followed to a folder: {e.Message}");
        }
        if (File.Exists(output)) throw new FolderRefusedException($"--output '{typed}' ({output}) is a file, not a folder; choose a folder for {what}, for example --output {example}");
        for (var parent = Path.GetDirectoryName(output); parent is not null && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent)) throw new FolderRefusedException($"--output '{typed}' ({output}) lies under '{parent}', which is a file: no folder can be made there");
        }
        return output;
    }

    /// <summary>
    /// Refuses an output inside a folder the build reads whole (the input, the theme, the cache): files written there
    /// would be read back as content. Any command that writes files takes this check, not only the build.
    /// </summary>
    /// <param name="output">its real path (<see cref="ResolvedPath.Of"/>).</param>
    /// <param name="alternative">the folder to suggest instead, for the message.</param>
    /// <exception cref="FolderRefusedException">the output lies inside such a folder.</exception>
    public static void RefuseInsideReadFolders(string typed, string output, BuildSources sources, string alternative)
    {
        foreach (var (name, folder) in sources.ReadFolders())
        {
            if (ResolvedPath.IsSameOrInside(output, folder))
            {
                throw new FolderRefusedException($"--output '{typed}' ({output}) lies inside the {name} ({folder}), which the build reads. " +
                    $"Choose a folder outside it with --output ({alternative})");
            }
        }
    }

    /// <summary>Refuses an output folder that holds files no build made; call it with the build's lock held.</summary>
    /// <exception cref="FolderRefusedException">the folder holds someone else's files.</exception>
    public static void CheckContent(string typed, string output)
    {
        if (!Directory.Exists(output) || OutputMarker.IsIn(output)) return;
        bool empty;
        try
        {
            empty = !Directory.EnumerateFileSystemEntries(output).Any();
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, output, "read the folder");
        }
        if (empty) return;
        throw new FolderRefusedException($"--output '{typed}' ({output}) holds files that no build made (it has no {OutputMarker.FileName} file), " +
            "and a build replaces its output folder whole. Delete that folder yourself if nothing in it is needed, or choose another with --output");
    }
}
