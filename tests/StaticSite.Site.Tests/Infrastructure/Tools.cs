namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>Where the external tools are, and the one command that installs each (as .ci/run does).</summary>
public static class Tools
{
    public const string ChromiumInstall =
        "apt-get update && apt-get install -y chromium (Debian), or set CHROMIUM_PATH to a Chrome or Chromium binary";

    public const string JavaInstall = "apt-get update && apt-get install -y default-jre-headless";
    public const string VnuInstall = "npm ci --prefix tests";

    /// <summary>
    /// The browser every Playwright launch uses: the binary named by CHROMIUM_PATH (CI sets it to the runner's
    /// Google Chrome), else Debian's Chromium. Playwright must never download one.
    /// </summary>
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

        if (IsSnapShim(ChromiumPath))
        {
            Prerequisite.Missing($"Chromium ({ChromiumPath} only starts a snap, which headless test runs cannot use)", ChromiumInstall);
        }

        return ChromiumPath;
    }

    /// <summary>
    /// Ubuntu's chromium packages install a small script (or a link to snap) that starts the Chromium snap; the
    /// browser is not there, and in a container or CI runner the snap cannot run.
    /// </summary>
    public static bool IsSnapShim(string path)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        if (Path.GetFileName(target) == "snap" || target.StartsWith("/snap/", StringComparison.Ordinal))
        {
            return true;
        }

        using var file = File.OpenRead(target);
        var head = new byte[Math.Min(4096, file.Length)];
        file.ReadExactly(head);
        var text = System.Text.Encoding.Latin1.GetString(head);
        return text.StartsWith("#!", StringComparison.Ordinal) && text.Contains("/snap/bin/", StringComparison.Ordinal);
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
