using System.Text.RegularExpressions;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Tomlyn;
using Tomlyn.Model;
using Xunit;

namespace StaticSite.Core.Tests.Deploy;

public sealed partial class NetlifyConfigTests
{
    private static readonly TomlTable Config =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RealSite.Root, "netlify.toml")))!;

    private static IReadOnlyList<(string For, IReadOnlyDictionary<string, string> Values)> Rules =>
        ((TomlTableArray)Config["headers"]).Select(t => ((string)t["for"],
            (IReadOnlyDictionary<string, string>)((TomlTable)t["values"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.OrdinalIgnoreCase))).ToList();

    private static IReadOnlyDictionary<string, string> Everywhere => Assert.Single(Rules, r => r.For == "/*").Values;

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);

    [Fact]
    public void Publish_IsTheFolderTheBuildWritesByDefault()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal(BuildOptions.DefaultOutputDirectory, (string)build["publish"]);
    }

    [Fact]
    public void BuildCommand_RunsTheRepositorysBuildScript()
    {
        var command = (string)((TomlTable)Config["build"])["command"];
        var script = command.Split(' ').Last();

        Assert.Equal("bash scripts/netlify-build.sh", command);
        Assert.True(File.Exists(Path.Combine(RealSite.Root, script)), $"{script} does not exist");
        Assert.Contains("\"$dotnet\" run --project src/StaticSite.Cli -c Release -- build", File.ReadAllText(Path.Combine(RealSite.Root, script)), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentSecurityPolicy_IsStrict()
    {
        var csp = Everywhere["Content-Security-Policy"];
        var directives = Directives(csp);

        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'self'", directives["form-action"]);
        foreach (var loose in new[] { "'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "data:", "http:", "https:", "*" })
        {
            Assert.DoesNotContain(directives, d => d.Value.Split(' ').Contains(loose));
        }
    }

    [Fact]
    public void SecurityHeaders_AreAllSentOnEveryPath()
    {
        var headers = Everywhere;

        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        var maxAge = int.Parse(MaxAge().Match(headers["Strict-Transport-Security"]).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 31_536_000, "HSTS should last at least a year");
        var denied = headers["Permissions-Policy"].Split(',', StringSplitOptions.TrimEntries);
        foreach (var feature in new[] { "camera", "microphone", "geolocation", "payment", "usb" })
        {
            Assert.Contains($"{feature}=()", denied);
        }
        // Chromium reports names it does not know as console errors on every page.
        Assert.DoesNotContain("interest-cohort=()", denied);
    }

    [Fact]
    public void ImmutableCaching_IsOnlyForFingerprintedAssets()
    {
        var immutable = Rules.Where(r => r.Values.TryGetValue("Cache-Control", out var v) && v.Contains("immutable", StringComparison.Ordinal)).ToList();

        Assert.Equal(["/assets/*"], immutable.Select(r => r.For));
        var assets = RealSite.Result.Written.Select(d => d.Destination!).Where(d => d.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.Matches(Fingerprinted(), a));
    }

    [GeneratedRegex("max-age=([0-9]+)")]
    private static partial Regex MaxAge();

    [GeneratedRegex(@"^assets/.+\.[0-9a-f]{6,}\.[a-z0-9]+$")]
    private static partial Regex Fingerprinted();
}
