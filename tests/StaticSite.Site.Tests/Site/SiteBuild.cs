using System.Diagnostics;
using System.Reflection;

namespace StaticSite.Site.Tests.Site;

/// <summary>
/// Builds the real site (input/ + theme/) once per test run with the CLI the test project was built with,
/// or takes an already built folder from STATICSITE_SITE_DIR (to check a build by hand, or a sample site).
/// </summary>
public static class SiteBuild
{
    public static async Task<string> BuildOrLocateAsync(string outputRoot, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("STATICSITE_SITE_DIR") is { Length: > 0 } prebuilt)
        {
            return Directory.Exists(prebuilt)
                ? Path.GetFullPath(prebuilt)
                : throw new DirectoryNotFoundException($"STATICSITE_SITE_DIR={prebuilt} does not exist.");
        }

        var output = Path.Combine(outputRoot, "site");
        var cli = CliPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Infrastructure.RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { cli, "build", "--input", "input", "--theme", "theme", "--output", output },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"staticsite build exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        return output;
    }

    /// <summary>staticsite.dll as built next to this project (its path is stamped in at build time).</summary>
    private static string CliPath()
    {
        var path = typeof(SiteBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "StaticSiteCliPath").Value;
        return File.Exists(path) ? path! : throw new FileNotFoundException("The staticsite CLI was not built.", path);
    }
}
