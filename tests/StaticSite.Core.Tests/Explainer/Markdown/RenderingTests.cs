using StaticSite.Core.Tests.Support;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Core.Tests.Explainer.Markdown;

/// <summary>What the rendered pages say, on the minimal in-memory site.</summary>
public sealed class RenderingTests
{
    // Tests that only read the unchanged minimal site share one build of it.
    private static readonly Lazy<BuildResult> Minimal = new(() => new TestSite().Build());

    [Fact]
    public void HtmlInYamlText_IsShownAsText_NeverInjected()
    {
        var site = new TestSite().With("input/people/author.yml", """
            name: <script>alert(1)</script>
            role: Academic
            summary: Wrote <b>the</b> article.
            sources: [article]
            """);

        var people = site.Build().Page("people/index.html");

        Assert.DoesNotContain("<script>alert", people);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", people);
        Assert.DoesNotContain("<b>the</b>", people);
    }

    [Fact]
    public void RawHtmlInMarkdown_IsEscaped()
    {
        var site = new TestSite().With("input/sections/start.md", """
            ---
            title: The start
            order: 1
            summary: How it began.
            ---
            Text <img src=x onerror=alert(1)> here.
            """);

        var page = site.Build().Page("sections/start/index.html");

        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page);
    }

    [Fact]
    public void CrossReference_WithEmptyText_UsesTheEntitysName()
    {
        var page = Minimal.Value.Page("sections/start/index.html");

        Assert.Contains("<a href=\"/agencies/gchq/\">GCHQ</a>", page);
        Assert.Contains("<a href=\"/episodes/ukusa/\">the agreement</a>", page);
    }

    [Fact]
    public void Citation_RendersANumberedLink_AndTheSourcesListLinksToTheSourcesPage()
    {
        var page = Minimal.Value.Page("sections/start/index.html");

        Assert.Contains("<sup class=\"cite\"><a href=\"#source-1\" id=\"cite-1-1\">[1]</a></sup>", page);
        Assert.Contains("<li id=\"source-1\">", page);
        Assert.Contains("href=\"/sources/#article\"", page);
        Assert.Contains("href=\"#cite-1-1\"", page);
    }

    [Fact]
    public void Citation_AfterASpaceOrALineBreak_IsJoinedToTheWordBeforeIt_SoNoLineStartsWithAMark()
    {
        var site = new TestSite().With("input/sections/start.md", """
            ---
            title: The start
            order: 1
            summary: How it began.
            ---
            Signed in 1946 [@article]. Twice  [@article][@article] and
            [@article] after a line break, and *emphasised* [@article].
            """);

        var page = site.Build().Page("sections/start/index.html");

        Assert.Contains("Signed in 1946&#x2060;<sup class=\"cite\"><a href=\"#source-1\" id=\"cite-1-1\">[1]</a></sup>.", page);
        Assert.Contains("Twice&#x2060;<sup class=\"cite\"><a href=\"#source-1\" id=\"cite-1-2\">[1]</a></sup>&#x2060;<sup class=\"cite\">", page);
        Assert.Contains("and&#x2060;<sup class=\"cite\">", page);
        Assert.Contains("<em>emphasised</em>&#x2060;<sup class=\"cite\">", page);
        Assert.DoesNotContain(" <sup class=\"cite\">", page);
        Assert.DoesNotContain("\n<sup class=\"cite\">", page);
    }

    [Fact]
    public void SourcesPage_ListsEveryPageThatCitesASource()
    {
        var sources = Minimal.Value.Page("sources/index.html");

        Assert.Contains("<a href=\"/sections/start/\">The start</a>", sources);
        Assert.Contains("<a href=\"/episodes/ukusa/\">The UKUSA agreement</a>", sources);
    }

    [Fact]
    public void StraightQuotes_BecomeQElements()
    {
        var page = Minimal.Value.Page("sections/start/index.html");

        Assert.Contains("<q>no free lunches</q>", page);
    }

    [Fact]
    public void GlossaryTerm_IsLinkedOnFirstUseOnly_AndDefinedOnThePage()
    {
        var site = new TestSite().With("input/sections/start.md", """
            ---
            title: The start
            order: 1
            summary: How it began.
            ---
            Signals intelligence matters. SIGINT is its short name. Signals intelligence again.
            """);

        var page = site.Build().Page("sections/start/index.html");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "href=\"/glossary/#signals-intelligence\" class=\"term\""));
        Assert.Contains("<dd>Intelligence gathered from communications and other signals.</dd>", page);
    }

    [Fact]
    public void AgencyPage_ListsItsEpisodes_ComputedFromTheEpisodes()
    {
        var page = Minimal.Value.Page("agencies/nsa/index.html");

        Assert.Contains("<a class=\"item-title\" href=\"/episodes/ukusa/\">The UKUSA agreement</a>", page);
        Assert.Contains("Shares intelligence with", page);
    }

    [Fact]
    public void EveryPage_HasOneH1_ASkipLink_AndNoInlineStyleOrScript()
    {
        var result = new TestSite().Build();

        foreach (var page in result.Written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = page.ReadText();
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
            Assert.Contains("<a class=\"skip-link\" href=\"#main\">", html);
            Assert.DoesNotContain("style=", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)(?![^>]*application/ld\\+json)", html);
        }
    }
}
