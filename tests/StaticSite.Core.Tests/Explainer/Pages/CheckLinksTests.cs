using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

public sealed class CheckLinksTests
{
    [Theory]
    [InlineData("/agencies/gchq/", "/episodes/x/")]
    [InlineData("/assets/site.css", "/")]
    [InlineData("/share.png", "/404.html")]
    [InlineData("/a/./b/", "/")]
    [InlineData("/a/../b/", "/")]
    [InlineData("/a/b/..", "/")]
    [InlineData("../gchq/", "/agencies/nsa/")]
    [InlineData("gchq/", "/agencies/")]
    [InlineData("/caf%C3%A9/", "/")]
    [InlineData("/café/", "/")]
    [InlineData("/a b/", "/")]
    [InlineData("/search/?q=x", "/")]
    [InlineData("/search/?q", "/")]
    [InlineData("//example.org/x", "/")]
    public void TargetFile_IsTheFileABrowserWouldAskFor(string path, string pageUrl)
    {
        var resolved = Uri.UnescapeDataString(new Uri(new Uri("https://site" + pageUrl), path).AbsolutePath).TrimStart('/');
        var expected = resolved.Length == 0 || resolved.EndsWith('/') ? resolved + "index.html" : resolved;

        Assert.Equal(expected, CheckLinks.TargetFile(path, pageUrl));
    }

    [Fact]
    public void TheSameBrokenLinkOnTwoPages_IsReportedOnEach_WhereItWasWritten()
    {
        // Absolute links are checked once for the whole site; the report must still name every page that has one.
        var site = new TestSite();
        var section = site.Files["input/sections/start.md"] + "\nAlso see [the archive](/archive/).\n";
        var result = site.With("input/sections/start.md", section)
            .With("input/episodes/ukusa.yml", site.Files["input/episodes/ukusa.yml"].Replace("It covers signals intelligence.", "It covers signals intelligence; see [the archive](/archive/).", StringComparison.Ordinal))
            .Build();

        var broken = result.DiagnosticLines().Where(l => l.Contains("error LINK001: link to '/archive/' goes nowhere", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, broken.Count);
        Assert.Contains(broken, l => l.StartsWith("input/sections/start.md:", StringComparison.Ordinal) && l.EndsWith("(on /sections/start/)", StringComparison.Ordinal));
        Assert.Contains(broken, l => l.StartsWith("input/episodes/ukusa.yml:", StringComparison.Ordinal) && l.EndsWith("(on /episodes/ukusa/)", StringComparison.Ordinal));
    }

    [Fact]
    public void OnEnoughPagesToCheckInParallel_EveryBrokenLinkIsStillReportedOnce()
    {
        var site = new TestSite();
        var episode = site.Files["input/episodes/ukusa.yml"];
        for (var i = 0; i < 100; i++)
        {
            site = site.With($"input/episodes/copy-{i}.yml", episode.Replace("It covers signals intelligence.",
                $"It covers signals intelligence; see [the archive](/archive/) and [box {i}](/boxes/{i}/).", StringComparison.Ordinal));
        }

        var lines = site.Build().DiagnosticLines();

        Assert.Equal(100, lines.Count(l => l.Contains("link to '/archive/' goes nowhere", StringComparison.Ordinal)));
        Assert.All(Enumerable.Range(0, 100), i =>
            Assert.Single(lines, l => l.StartsWith($"input/episodes/copy-{i}.yml:", StringComparison.Ordinal) && l.Contains($"link to '/boxes/{i}/'", StringComparison.Ordinal)));
    }
}
