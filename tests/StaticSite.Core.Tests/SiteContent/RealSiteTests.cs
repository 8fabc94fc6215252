using StaticSite.Explainer.Outputs.Share;
using System.Security.Cryptography;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.SiteContent;

/// <summary>Builds the real input/ and theme/ and checks what a reader would meet.</summary>
public sealed class RealSiteTests
{
    private static BuildOptions Options(string output) =>
        new(Repository.PathOf("input"), Repository.PathOf("theme"), output, Repository.Root);

    [Fact]
    public void RealSite_BuildsWithoutDiagnostics_AndEveryExpectedPageExists()
    {
        using var output = new TempFolder();
        var result = ExplainerSite.BuildToDisk(Options(output.Path), cancellation: TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        string[] expected =
        [
            "index.html", "404.html", "sections/index.html", "agencies/index.html", "episodes/index.html", "timeline/index.html",
            "people/index.html", "glossary/index.html", "sources/index.html", "about/index.html",
            "agencies/nsa/index.html", "agencies/gchq/index.html", "agencies/cia/index.html", "agencies/sis/index.html",
            "agencies/nec/index.html", "agencies/isc/index.html",
            "episodes/ukusa-agreement/index.html", "episodes/binyam-mohamed-case/index.html", "episodes/uk-huawei-decision/index.html",
            "episodes/us-response/index.html", "episodes/huawei-reversal/index.html",
        ];
        Assert.All(expected, page => Assert.True(File.Exists(Path.Combine(output.Path, page)), $"{page} was not built"));
        var sections = Directory.EnumerateFiles(Repository.PathOf("input/sections"), "*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(sections, id => Assert.True(File.Exists(Path.Combine(output.Path, "sections", id!, "index.html")), $"section {id} was not built"));
    }

    [Fact]
    public void RealSite_BuiltTwice_IsByteIdentical()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        ExplainerSite.BuildToDisk(Options(first.Path), cancellation: TestContext.Current.CancellationToken);
        ExplainerSite.BuildToDisk(Options(second.Path), cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(Fingerprint(first.Path), Fingerprint(second.Path));
    }

    [Fact]
    public void RealSite_BuiltWithAColdThenAWarmShareCardCache_IsByteIdenticalToABuildWithout()
    {
        using var plain = new TempFolder();
        using var cold = new TempFolder();
        using var warm = new TempFolder();
        using var cache = new TempFolder();
        var state = () => new ExplainerOptions { ShareCards = new ShareCardCache(cache.Path) };
        ExplainerSite.BuildToDisk(Options(plain.Path), cancellation: TestContext.Current.CancellationToken);
        ExplainerSite.BuildToDisk(Options(cold.Path), state(), TestContext.Current.CancellationToken);
        var cached = Directory.GetFiles(cache.Path, "*.png", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        ExplainerSite.BuildToDisk(Options(warm.Path), state(), TestContext.Current.CancellationToken);

        Assert.Equal(Fingerprint(plain.Path), Fingerprint(cold.Path));
        Assert.Equal(Fingerprint(plain.Path), Fingerprint(warm.Path));
        Assert.Equal(Directory.GetFiles(plain.Path, "share.png", SearchOption.AllDirectories).Length, cached.Count);
        // The warm build drew nothing: every cached card is the one the cold build wrote.
        Assert.Equal(cached, Directory.GetFiles(cache.Path, "*.png", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    // Fails in the Process phase, before any page is written.
    [Fact]
    public void FailedBuild_LeavesThePreviousOutputExactlyAsItWas() =>
        AssertFailedBuildLeavesTheOutput("DATA005", content => File.AppendAllText(Path.Combine(content, "agencies", "gchq.yml"), "\nsumary: a typo\n"));

    // Fails in the link check, after layouts have written every page into staging; staging must be discarded.
    [Fact]
    public void BuildFailingAfterPagesWereWritten_LeavesThePreviousOutputExactlyAsItWas() =>
        AssertFailedBuildLeavesTheOutput("LINK002", content => File.AppendAllText(
            Directory.GetFiles(Path.Combine(content, "sections"), "*.md").Order(StringComparer.Ordinal).First(),
            "\nA [broken link](/agencies/gchq/#no-such-heading) to a heading that does not exist.\n"));

    private static void AssertFailedBuildLeavesTheOutput(string code, Action<string> breakContent)
    {
        using var output = new TempFolder();
        using var content = new TempFolder();
        CopyDirectory(Repository.PathOf("input"), content.Path);
        ExplainerSite.BuildToDisk(Options(output.Path) with { InputDirectory = content.Path }, cancellation: TestContext.Current.CancellationToken);
        var before = Fingerprint(output.Path);
        breakContent(content.Path);

        var result = ExplainerSite.BuildToDisk(Options(output.Path) with { InputDirectory = content.Path }, cancellation: TestContext.Current.CancellationToken);

        Assert.Contains(result.Diagnostics, d => d.Code == code);
        Assert.Equal(before, Fingerprint(output.Path));
        Assert.Empty(Directory.GetDirectories(StaticSite.Engine.IO.WorkFolder.Of(output.Path).Path, "staging-*"));
    }

    private static string Fingerprint(string folder)
    {
        var lines = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
