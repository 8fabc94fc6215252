using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Support;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer;
using StaticSite.Explainer.Outputs.Publishing;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

/// <summary>
/// A deploy preview's build: every absolute URL from the preview's address, every page noindex (a meta tag, and
/// X-Robots-Tag for every path in _headers). Production's build has neither, and is what it always was.
/// </summary>
public sealed partial class DeployPreviewTests
{
    private const string Preview = "https://deploy-preview-42--explainer.netlify.app/";
    private const string Production = "https://example.org/"; // MinimalContent's base_url

    private static readonly Lazy<BuildResult> ProductionBuild = new(() => new TestSite().Build());
    private static readonly Lazy<BuildResult> PreviewBuild = new(() => new TestSite().Build(new ExplainerOptions { BaseUrl = Preview, NoIndex = true }));

    [Fact]
    public void Production_UsesSiteYmlsBaseUrl_AndMarksNothingNoindex()
    {
        var result = ProductionBuild.Value;

        Assert.True(result.Succeeded, string.Join("\n", result.DiagnosticLines()));
        Assert.DoesNotContain(result.Written, d => d.Destination == WriteNoIndexHeaders.Destination);
        Assert.All(Pages(result), page => Assert.DoesNotContain("noindex", page.ReadText(), StringComparison.Ordinal));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Production}agencies/gchq/\">", result.Page("agencies/gchq/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Written, d => Text(d).Contains(Preview, StringComparison.Ordinal));
    }

    [Fact]
    public void Preview_MarksEveryPageNoindex_AndWritesXRobotsTagForEveryPath()
    {
        var result = PreviewBuild.Value;

        Assert.True(result.Succeeded, string.Join("\n", result.DiagnosticLines()));
        var pages = Pages(result);
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Single(NoIndexMeta().Matches(page.ReadText())));
        var headers = result.Page(WriteNoIndexHeaders.Destination).Split('\n');
        Assert.Equal("/*", headers[1]);
        Assert.Equal("  X-Robots-Tag: noindex", headers[2]);
    }

    [Fact]
    public void Preview_TakesEveryAbsoluteUrlFromItsOwnAddress_CanonicalSitemapFeedShareCardsAndData()
    {
        var result = PreviewBuild.Value;

        var gchq = result.Page("agencies/gchq/index.html");
        Assert.Contains($"<link rel=\"canonical\" href=\"{Preview}agencies/gchq/\">", gchq, StringComparison.Ordinal);
        Assert.Matches($"<meta property=\"og:image\" content=\"{Regex.Escape(Preview)}[^\"]+\\.png\">", gchq);
        Assert.Contains($"<loc>{Preview}agencies/gchq/</loc>", result.Page("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"<id>{Preview}</id>", result.Page("feed.xml"), StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {Preview}sitemap.xml", result.Page("robots.txt"), StringComparison.Ordinal);
        // Not one URL of production is left anywhere (the site's own article link is elsewhere: https://example.org/article).
        Assert.DoesNotContain(result.Written, d => Regex.IsMatch(Text(d), Regex.Escape(Production) + "(?!article)"));
    }

    [Fact]
    public void Preview_ChangesNothingElse_ThanTheAddressesAndTheNoindexMarks()
    {
        var production = ProductionBuild.Value.Written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(d => d.Destination!, Text);
        foreach (var page in Pages(PreviewBuild.Value))
        {
            var undone = Text(page).Replace("<meta name=\"robots\" content=\"noindex\">", "", StringComparison.Ordinal).Replace(Preview, Production, StringComparison.Ordinal);
            Assert.Equal(production[page.Destination!], undone);
        }
    }

    private static List<StaticSite.Engine.Documents.Document> Pages(BuildResult result) =>
        [.. result.Written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal))];

    private static string Text(StaticSite.Engine.Documents.Document d) =>
        d.Destination!.EndsWith(".png", StringComparison.Ordinal) ? "" : d.ReadText();

    [GeneratedRegex("<meta name=\"robots\" content=\"noindex\">")]
    private static partial Regex NoIndexMeta();
}
