using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>
/// The render cache skips work between builds and never changes what is built: after each edit, a build through
/// the cache writes exactly what a clean build writes and reports the same diagnostics.
/// </summary>
public sealed class RenderCacheTests
{
    private const string Section = "input/sections/start.md";

    [Fact]
    public void ChangingAnAgencysShortName_UpdatesTheCrossReferenceThatShowsIt()
    {
        var (site, cache) = BuiltOnce();

        site.With("input/agencies/gchq.yml", site.Files["input/agencies/gchq.yml"].Replace("short_name: GCHQ", "short_name: GCHQ-X", StringComparison.Ordinal));

        var page = AssertSameAsCleanBuild(site, cache).Page("sections/start/index.html");
        Assert.Contains("<a href=\"/agencies/gchq/\">GCHQ-X</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingASourcesPublisher_UpdatesEveryPageThatCitesIt()
    {
        var (site, cache) = BuiltOnce();

        site.With("input/sources/article.yml", site.Files["input/sources/article.yml"].Replace("publisher: The Paper", "publisher: The Gazette", StringComparison.Ordinal));

        var result = AssertSameAsCleanBuild(site, cache);
        Assert.Contains("The Gazette", result.Page("sections/start/index.html"), StringComparison.Ordinal);
        Assert.Contains("The Gazette", result.Page("episodes/ukusa/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingAGlossaryMatch_LinksTheNewOneWhereItIsFirstUsed()
    {
        var (site, cache) = BuiltOnce();

        site.With("input/glossary/signals-intelligence.yml",
            site.Files["input/glossary/signals-intelligence.yml"].Replace("matches: [SIGINT]", "matches: [partnership]", StringComparison.Ordinal));

        var page = AssertSameAsCleanBuild(site, cache).Page("sections/start/index.html");
        Assert.Contains(">partnership</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void MovingABrokenLinkDownALine_ReportsItAtItsNewLine()
    {
        var (site, cache) = BuiltOnce(s => s.With(Section, s.Files[Section] + "\n[gone](/nowhere/)\n"));
        // A line more in the front matter: the Markdown itself is unchanged, only where it starts.
        site.With(Section, site.Files[Section].Replace("order: 1\n", "order: 1\n# moved down\n", StringComparison.Ordinal));

        var result = AssertSameAsCleanBuild(site, cache);
        Assert.Contains(result.DiagnosticLines(), l => l.Contains("LINK001", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangingOneBody_RendersOnlyThatPageThroughItsLayout()
    {
        var (site, cache) = BuiltOnce();

        site.With(Section, site.Files[Section].Replace("The partnership is about", "The partnership is mostly about", StringComparison.Ordinal));

        AssertSameAsCleanBuild(site, cache);
        Assert.Equal(["/sections/start/"], cache.RenderedUrls);
    }

    [Fact]
    public void ABrokenDataFile_IsReportedAtEveryBuildUntilFixed() =>
        AssertReportedAtEveryBuildUntilFixed("input/agencies/nsa.yml", "DATA005",
            yaml => yaml.Replace("kind: signals", "kind: signals\nmotto: unknown field", StringComparison.Ordinal));

    [Fact]
    public void ChangingAPartial_RendersThePagesThatUseItWithTheNewText()
    {
        const string Partial = "theme/partials/facts.liquid";
        var (site, cache) = BuiltOnce();

        site.With(Partial, "<p>Facts, second edition</p>\n" + site.Files[Partial]);

        var result = AssertSameAsCleanBuild(site, cache);
        Assert.Contains("Facts, second edition", result.Page("agencies/gchq/index.html"), StringComparison.Ordinal);
        Assert.Contains("/agencies/gchq/", cache.RenderedUrls);
    }

    [Fact]
    public void ALiquidSyntaxError_IsReportedAtEveryBuildUntilFixed() =>
        AssertReportedAtEveryBuildUntilFixed("theme/layouts/agency.liquid", "TPL001", liquid => liquid + "\n{% if %}\n");

    // A broken file must not be served from a cache as if it were fine: built twice broken, then fixed.
    private static void AssertReportedAtEveryBuildUntilFixed(string file, string code, Func<string, string> breakIt)
    {
        var (site, cache) = BuiltOnce();
        var original = site.Files[file];

        site.With(file, breakIt(original));
        var first = AssertSameAsCleanBuild(site, cache);
        var second = AssertSameAsCleanBuild(site, cache);
        site.With(file, original);
        var fixedAgain = AssertSameAsCleanBuild(site, cache);

        Assert.Contains(first.DiagnosticLines(), l => l.Contains(code, StringComparison.Ordinal));
        Assert.Equal(first.DiagnosticLines(), second.DiagnosticLines());
        Assert.True(fixedAgain.Succeeded);
    }

    private static (TestSite Site, RenderCache Cache) BuiltOnce(Func<TestSite, TestSite>? change = null)
    {
        var site = change?.Invoke(new TestSite()) ?? new TestSite();
        var cache = new RenderCache();
        site.Build(cache);
        return (site, cache);
    }

    private static BuildResult AssertSameAsCleanBuild(TestSite site, RenderCache cache)
    {
        var cached = site.Build(cache);
        var clean = site.Build();
        Assert.Equal(clean.DiagnosticLines(), cached.DiagnosticLines());
        Assert.Equal(Texts(clean), Texts(cached));
        return cached;
    }

    // Every file, however it is held (text, UTF-8 bytes, a file to copy); images compared as base64.
    private static SortedDictionary<string, string> Texts(BuildResult result) =>
        new(result.Written.ToDictionary(d => d.Destination!, d => d.Destination!.EndsWith(".png", StringComparison.Ordinal) ? Convert.ToBase64String(d.ReadBytes()) : d.ReadText()),
            StringComparer.Ordinal);
}
