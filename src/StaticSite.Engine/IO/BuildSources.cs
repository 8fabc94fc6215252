namespace StaticSite.Engine.IO;

/// <summary>The folders a build reads or runs from, as real paths: what its output must never replace.</summary>
public sealed record BuildSources(string Input, string Theme, string? Cache, string CurrentFolder, string Repository)
{
    /// <exception cref="FolderRefusedException">a folder's path holds a symbolic link that cannot be followed.</exception>
    public static BuildSources Resolve(string input, string theme, string? cache, string currentFolder, string repository)
    {
        static string Real(string path, string what)
        {
            try
            {
                return ResolvedPath.Of(path);
            }
            catch (IOException e)
            {
                throw new FolderRefusedException($"the {what} '{path}' cannot be followed to a folder: {e.Message}");
            }
        }
        return new(Real(input, "input folder"), Real(theme, "theme folder"), cache is null ? null : Real(cache, "share-card cache"),
            Real(currentFolder, "current folder"), Real(repository, "repository"));
    }

    /// <summary>What an output may neither be nor contain.</summary>
    public IEnumerable<(string Name, string Path)> Folders()
    {
        yield return ("input folder", Input);
        yield return ("theme folder", Theme);
        if (Cache is not null) yield return ("share-card cache", Cache);
        yield return ("current folder", CurrentFolder);
        yield return ("repository", Repository);
    }

    /// <summary>What an output may not lie inside: the folders whose every file the build reads or sweeps.</summary>
    public IEnumerable<(string Name, string Path)> ReadFolders()
    {
        yield return ("input folder", Input);
        yield return ("theme folder", Theme);
        if (Cache is not null) yield return ("share-card cache", Cache);
    }
}
