namespace StaticSite.Core.Tests.Support;

/// <summary>Finds the repository root from the test binary, so tests can read the real theme and content.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }
}
