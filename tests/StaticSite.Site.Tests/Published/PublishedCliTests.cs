using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.Published;

/// <summary>The native executable builds, reports and serves exactly as the JIT-compiled CLI does.</summary>
public sealed class PublishedCliTests(SiteUnderTest site)
{
    [Fact]
    public async Task Native_build_of_the_real_site_is_byte_identical_to_the_jit_build()
    {
        var cli = await PublishedCli.ExecutableAsync();
        var expected = (await site.SiteAsync()).Files.Root;
        // A folder inside a fresh one: the build keeps its lock and the previous output in a hidden folder beside it.
        var output = Path.Combine(Directory.CreateTempSubdirectory("staticsite-native-site-").FullName, "site");

        var (exit, _, stderr) = await PublishedCli.RunAsync(cli, RepositoryPaths.Root,
            "build", "--input", "input", "--theme", "theme", "--output", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal(Hashes(expected), Hashes(output));
    }

    [Fact]
    public async Task Native_build_reports_bad_yaml_with_its_position_and_exit_code_1()
    {
        var cli = await PublishedCli.ExecutableAsync();
        var copy = Directory.CreateTempSubdirectory("staticsite-native-broken-").FullName;
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(copy, "input"));
        File.AppendAllText(Path.Combine(copy, "input", "agencies", "cia.yml"), "\nsummary: one\n  country: US\n");

        var (exit, _, stderr) = await PublishedCli.RunAsync(cli, copy,
            "check", "--input", "input", "--theme", Path.Combine(RepositoryPaths.Root, "theme"));

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"input/agencies/cia\.yml:\d+:\d+: error DATA001: "), stderr);
    }

    [Fact]
    public async Task Native_preview_serves_pages_with_the_netlify_headers()
    {
        var cli = await PublishedCli.ExecutableAsync();
        await using var preview = await NativePreview.StartAsync(cli, "native-preview");
        using var http = new HttpClient();
        using var response = await http.GetAsync(preview.Url + "agencies/gchq/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Government Communications Headquarters", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("default-src 'self'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
    }

    internal static async Task<string> ServingUrlAsync(StreamReader stdout)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await stdout.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Regex.Match(line, @"^Serving (http://\S+/) ") is { Success: true } match) return match.Groups[1].Value;
        }

        throw new InvalidOperationException("preview exited without serving.");
    }

    private static SortedDictionary<string, string> Hashes(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
