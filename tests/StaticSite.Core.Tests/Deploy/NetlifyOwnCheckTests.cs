using System.Text.Json;
using Xunit;

namespace StaticSite.Core.Tests.Deploy;

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
        NodeTool.Require("Netlify's own check", Path.Combine(Folder, "node_modules", "@netlify", "config"), "npm ci --prefix tests/netlify-config --ignore-scripts");
        var output = Directory.CreateTempSubdirectory("netlify-check-");
        try
        {
            File.WriteAllText(Path.Combine(output.FullName, "_redirects"), redirects);
            var (exit, text, stderr) = NodeTool.Run(Path.Combine(Folder, "validate.mjs"), [RealSite.Root, output.FullName], Folder);
            Assert.True(text.TrimStart().StartsWith('{'), $"validate.mjs printed no report: {text}\n{stderr}");
            return (exit, JsonDocument.Parse(text).RootElement.Clone());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

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
