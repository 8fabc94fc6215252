using AngleSharp.Html.Parser;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Explainer.Data;

/// <summary>People linked to a body by their role, sorted by surname; an episode's date marked wherever it is shown.</summary>
public sealed class PeopleAndDatesTests
{
    private static TestSite WithPeople() => new TestSite()
        .With("input/people/author.yml", """
            name: Ann Zed
            role: Academic
            organisation: University of Somewhere
            summary: Wrote the article.
            sources: [article]
            """)
        .With("input/people/director.yml", """
            name: Bob Able
            role: Director of GCHQ
            agency: gchq
            summary: Ran the agency.
            sources: [article]
            """);

    [Fact]
    public void AgencyPage_ListsThePeopleWhoseAgencyItIs_NotThePeopleOfItsEpisodes()
    {
        // The minimal site's UKUSA episode names the author and both agencies; only the director belongs to GCHQ.
        var result = WithPeople().Build();
        var gchq = new HtmlParser().ParseDocument(result.Page("agencies/gchq/index.html"));
        var nsa = new HtmlParser().ParseDocument(result.Page("agencies/nsa/index.html"));

        var listed = gchq.QuerySelectorAll("section[aria-labelledby=people-heading] li").Select(li => string.Join(" ", li.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Bob Able Director of GCHQ"], listed);
        Assert.Null(nsa.QuerySelector("section[aria-labelledby=people-heading]"));
    }

    [Fact]
    public void PeoplePage_SortsBySurname_AndShowsRoleAndOrganisation()
    {
        var people = new HtmlParser().ParseDocument(WithPeople().Build().Page("people/index.html"));

        Assert.Equal(["director", "author"], people.QuerySelectorAll("section.person").Select(s => s.Id).ToList());
        var director = people.QuerySelector("#director .infobox")!;
        Assert.Contains("Director of GCHQ", director.TextContent);
        Assert.Equal("/agencies/gchq/", director.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("University of Somewhere", people.QuerySelector("#author .infobox")!.TextContent);
    }

    [Theory]
    [InlineData("estimated", "January 2020 (estimated)", "Estimated: our sources do not give the exact date.")]
    [InlineData("disputed", "January 2020 (sources differ)", "Sources differ on this date; the text below says how.")]
    public void DateStatus_MarksTheDate_OnEveryPageThatShowsIt(string status, string shown, string note)
    {
        var result = new TestSite().With("input/episodes/lobbying.yml", $"""
            title: US lobbying
            date: 2020-01
            date_status: {status}
            agencies: [nsa]
            summary: The US lobbied.
            body: |
              It lobbied [@article].
            outcome: The UK went ahead.
            sources: [article]
            """).Build();

        foreach (var page in new[] { "index.html", "episodes/index.html", "timeline/index.html", "agencies/nsa/index.html" })
        {
            var link = new HtmlParser().ParseDocument(result.Page(page)).QuerySelectorAll("main a[href='/episodes/lobbying/']")
                .FirstOrDefault(a => a.ParentElement?.QuerySelector(".note") is not null);
            Assert.True(link is not null, $"{page} lists no dated link to the episode");
            Assert.Equal(shown, link.ParentElement!.QuerySelector(".note")!.TextContent.Trim());
        }
        var own = new HtmlParser().ParseDocument(result.Page("episodes/lobbying/index.html"));
        Assert.Equal(shown, own.QuerySelector(".kicker time")!.TextContent);
        Assert.Contains(note, own.QuerySelector(".infobox")!.TextContent);
    }

    [Fact]
    public void GlossaryPage_ShowsOtherNames_ButNotTheSpellingsOnlyMatched()
    {
        var result = new TestSite().With("input/glossary/signals-intelligence.yml", """
            term: Signals intelligence
            short: Intelligence gathered from communications and other signals.
            also_known_as: [SIGINT]
            matches: [signals-intelligence]
            """).Build();

        var entry = new HtmlParser().ParseDocument(result.Page("glossary/index.html")).QuerySelector("#signals-intelligence dt")!;
        Assert.Contains("also called SIGINT", entry.TextContent);
        Assert.DoesNotContain("signals-intelligence", entry.TextContent);
    }
}
