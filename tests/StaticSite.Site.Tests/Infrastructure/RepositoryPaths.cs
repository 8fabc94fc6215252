namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>Finds the repository from the test binary, so the tests run the same from an IDE, the CLI or CI.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");

    public static string Fixtures => Path.Combine(Root, "tests", "StaticSite.Site.Tests", "Fixtures");

    public static string VnuJar => Path.Combine(Root, "tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No StaticSite.sln above {AppContext.BaseDirectory}.");
    }
}
