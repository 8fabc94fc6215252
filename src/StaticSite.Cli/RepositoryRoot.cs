namespace StaticSite.Cli;

/// <summary>Diagnostics show paths relative to the repository: the nearest folder up with a .git or a .sln.</summary>
public static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || dir.EnumerateFiles("*.sln").Any()) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
