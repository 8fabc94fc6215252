using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>What a reader sees first, on the real site: the home page's opening, the chapters' place in the story, lists that read.</summary>
public sealed partial class ReaderPagesTests
{
    [Fact]
    public void Home_ItsHeadingNamesHuawei_AndIsNotTheSiteTitleTheHeaderShows()
    {
        var html = RealSite.Text("/");
        var h1 = Plain(Heading().Match(html).Groups[1].Value);
        var title = Plain(SiteTitle().Match(html).Groups[1].Value);

        Assert.Contains("Huawei", h1, StringComparison.Ordinal);
        Assert.NotEqual(title, h1);
    }

    [Fact]
    public void Home_OpensWithTheStoryInCitedSentences_ThenTheArticlesCreditAndDate()
    {
        var html = RealSite.Text("/");
        var hook = html.IndexOf("<div class=\"hook\">", StringComparison.Ordinal);
        var byline = html.IndexOf("<p class=\"byline\">", StringComparison.Ordinal);

        Assert.True(hook > 0 && byline > hook, "the hook comes first, then the byline");
        var opening = html[hook..byline];
        Assert.True(Regex.Count(opening, "<sup class=\"cite\">") >= 3, "every part of the hook cites a source");
        Assert.Contains("July 2020", opening, StringComparison.Ordinal);
        Assert.Matches("<p class=\"byline\">Based on <a href=\"https://theconversation.com/[^\"]+\">[^<]+</a> by Jamie Gaskarth, published by The Conversation in <time datetime=\"2020-02\">February 2020</time>.</p>", html);
    }

    [Fact]
    public void Home_Lead_ShowsTheArticleBetweenTheEpisodesBeforeItAndAfterIt_AndLeadsToTheTimeline()
    {
        var html = RealSite.Text("/");
        var lead = html[html.IndexOf("<section class=\"rail lead\"", StringComparison.Ordinal)..];
        lead = lead[..lead.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Contains("<a href=\"/timeline/\">", lead, StringComparison.Ordinal);
        var article = lead.IndexOf("lead-mark is-article", StringComparison.Ordinal);
        Assert.True(article > 0, "the article's publication is marked");
        Assert.InRange(lead.IndexOf("/episodes/uk-huawei-decision/", StringComparison.Ordinal), 0, article);
        Assert.True(lead.IndexOf("/episodes/huawei-reversal/", StringComparison.Ordinal) > article, "the reversal, after the article, comes after it");
        Assert.DoesNotContain("/episodes/ukusa-agreement/", lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapter_SaysWhichOfHowMany_AndListsItsSectionsInTheRail()
    {
        var html = RealSite.Text("/sections/how-it-began/");
        var chapters = Directory.GetFiles(Path.Combine(RealSite.Root, "input/sections"), "*.md").Length;

        Assert.Contains($"<p class=\"kicker\">Chapter 3 of {chapters}</p>", html, StringComparison.Ordinal);
        var rail = html[html.IndexOf("<div class=\"rail\">", StringComparison.Ordinal)..html.IndexOf("<div class=\"flow\">", StringComparison.Ordinal)];
        Assert.Contains("<h2 id=\"key-points-heading\">Key points</h2>", rail, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#wartime-roots\">Wartime roots</a></li>", rail, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"wartime-roots\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Agency_ARelationBothAgenciesState_IsOneLinkOnEach()
    {
        // GCHQ places staff in the NSA and the NSA in GCHQ: one "exchanges staff with", not "places staff in" and
        // "hosts staff from" the same agency.
        foreach (var (page, other) in new[] { ("/agencies/nsa/", "/agencies/gchq/"), ("/agencies/gchq/", "/agencies/nsa/") })
        {
            var titles = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(RealSite.Text(page))
                .QuerySelectorAll("section[aria-labelledby=relations-heading] .link-list a.item-title")
                .Where(a => a.GetAttribute("href") == other).Select(a => a.TextContent).ToList();

            Assert.Contains(titles, t => t.StartsWith("Exchanges staff with ", StringComparison.Ordinal));
            Assert.DoesNotContain(titles, t => t.StartsWith("Hosts staff from", StringComparison.Ordinal) || t.StartsWith("Places staff in", StringComparison.Ordinal));
            Assert.Equal(titles.Distinct().Count(), titles.Count);
        }
    }

    [Fact]
    public void TheLongListPages_OpenWithAnIndex_ToEveryLetterOrName()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var glossary = parser.ParseDocument(RealSite.Text("/glossary/"));
        var terms = glossary.QuerySelectorAll("dl.glossary > div").Select(d => (Id: d.Id!, Term: d.QuerySelector("dfn")!.TextContent)).ToList();
        string LetterOf(string term) => char.IsDigit(term[0]) ? "#" : char.ToUpperInvariant(term[0]).ToString();
        var expected = terms.GroupBy(t => LetterOf(t.Term)).Select(g => (g.Key, "#" + g.First().Id)).ToList();
        var letters = glossary.QuerySelectorAll("nav[aria-label='Terms by letter'] a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        Assert.True(terms.Count > 20, $"only {terms.Count} terms found");
        Assert.Equal(expected, letters);

        var people = parser.ParseDocument(RealSite.Text("/people/"));
        var entries = people.QuerySelectorAll("section.person").Select(p => "#" + p.Id).ToList();
        var names = people.QuerySelectorAll("nav[aria-label='People on this page'] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(entries.Count > 10, $"only {entries.Count} people found");
        Assert.Equal(entries, names);
    }

    [Fact]
    public void TheStory_ListsItsChaptersInOrder_AsANumberedList()
    {
        foreach (var url in new[] { "/sections/", "/" })
        {
            var html = RealSite.Text(url);
            Assert.Contains("<ol class=\"link-list numbered\">", html, StringComparison.Ordinal);
            Assert.True(html.IndexOf("/sections/the-decision/", StringComparison.Ordinal) < html.IndexOf("/sections/what-happened-next/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ListItems_ShowTheSummaryInItsOwnParagraph_NotRunOnFromTheTitle()
    {
        var html = RealSite.Text("/agencies/");

        Assert.Matches("<li><a class=\"item-title\" href=\"/agencies/gchq/\">GCHQ</a><p class=\"item-note note\">[^<]+</p></li>", html);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(StoryPages.WordsPerMinute, 1)]
    [InlineData(StoryPages.WordsPerMinute * 3 / 2, 2)]
    [InlineData(StoryPages.WordsPerMinute * 5, 5)]
    public void ReadingMinutes_AreWholeMinutesAtTheStatedSpeed_NeverZero(int words, int minutes) =>
        Assert.Equal(minutes, StoryPages.ReadingMinutes(words));

    // The text without tags and word joiners (the headline joins "US–UK" so it never breaks at the dash).
    private static string Plain(string html) => TagOrEntity().Replace(html, "").Replace("\u2060", "", StringComparison.Ordinal).Trim();

    [GeneratedRegex("<h1>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<p class=\"site-title\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex SiteTitle();

    [GeneratedRegex("<[^>]+>|&#x2060;")]
    private static partial Regex TagOrEntity();
}
