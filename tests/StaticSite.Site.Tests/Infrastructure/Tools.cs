namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>Where the external tools are, and the one command that installs each (as .ci/run does).</summary>
public static class Tools
{
    public const string ChromiumInstall = "apt-get update && apt-get install -y chromium";
    public const string JavaInstall = "apt-get update && apt-get install -y default-jre-headless";
    public const string VnuInstall = "npm ci --prefix tests";

    /// <summary>Debian's Chromium, or the binary named by CHROMIUM_PATH (Playwright must never download one).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? JavaPath =>
        Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "java"))
            ? Path.Combine(home, "bin", "java")
            : Prerequisite.FindOnPath("java");

    public static string RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            Prerequisite.Missing($"Chromium ({ChromiumPath}; set CHROMIUM_PATH for another binary)", ChromiumInstall);
        }

        return ChromiumPath;
    }

    public static (string Java, string VnuJar) RequireValidator()
    {
        var java = JavaPath;
        if (java is null)
        {
            Prerequisite.Missing("Java (needed by the Nu Html Checker)", JavaInstall);
        }

        if (!File.Exists(RepositoryPaths.VnuJar))
        {
            Prerequisite.Missing($"The Nu Html Checker ({RepositoryPaths.VnuJar})", VnuInstall);
        }

        return (java!, RepositoryPaths.VnuJar);
    }
}
