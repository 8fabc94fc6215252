using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace StaticSite.Core.Tests.Publishing;

/// <summary>
/// netlify.toml and the generated _redirects as Netlify itself reads them (@netlify/config and
/// @netlify/redirect-parser, offline, via tests/netlify-config/validate.mjs). Skipped with a message where
/// Node or the npm packages are missing; under CI (CI set) a missing tool is a failure, not a skip.
/// </summary>
public sealed class NetlifyOwnCheckTests
{
    private static readonly string Folder = Path.Combine(RealSite.Root, "tests", "netlify-config");

    private static (int ExitCode, JsonElement Report) Validate(string redirects)
    {
        RequireTools();
        var output = Directory.CreateTempSubdirectory("netlify-check-");
        try
        {
            File.WriteAllText(Path.Combine(output.FullName, "_redirects"), redirects);
            var start = new ProcessStartInfo("node", [Path.Combine(Folder, "validate.mjs"), RealSite.Root, output.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Folder,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "validate.mjs did not finish");
            var text = stdout.Result;
            Assert.True(text.TrimStart().StartsWith('{'), $"validate.mjs printed no report: {text}\n{stderr.Result}");
            return (process.ExitCode, JsonDocument.Parse(text).RootElement.Clone());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static void RequireTools()
    {
        string? missing = null;
        if (!OnPath("node")) missing = "node is not installed";
        else if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@netlify", "config"))) missing = "run 'npm ci' in tests/netlify-config";
        if (missing is null) return;
        Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, $"CI must run Netlify's own check: {missing}");
        Assert.Skip($"Netlify's own check skipped: {missing}");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    [Fact]
    public void Netlify_AcceptsTheConfigAndTheGeneratedRedirects()
    {
        var generated = RealSite.Result.Text("_redirects");

        var (exit, report) = Validate(generated);

        Assert.True(exit == 0, report.GetProperty("problems").ToString());
        Assert.Equal(Path.Combine(RealSite.Root, "output"), report.GetProperty("publish").GetString());
        var csp = report.GetProperty("headers").EnumerateArray().Single(h => h.GetProperty("for").GetString() == "/*")
            .GetProperty("values").GetProperty("Content-Security-Policy").GetString();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        var redirects = report.GetProperty("redirects").EnumerateArray()
            .Select(r => $"{r.GetProperty("from").GetString()} {r.GetProperty("to").GetString()} {r.GetProperty("status").GetInt32()}").ToList();
        Assert.Equal(generated.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')), redirects);
    }

    [Fact]
    public void Netlify_RejectsARedirectWithoutATarget()
    {
        var (exit, report) = Validate("/mi6/\n");

        Assert.Equal(1, exit);
        Assert.NotEmpty(report.GetProperty("problems").EnumerateArray());
    }
}
