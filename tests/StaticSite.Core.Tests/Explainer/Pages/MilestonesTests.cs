using AngleSharp.Html.Parser;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>An event is listed, dated and cited on its agency's or episode's page, and <c>xref:event/…</c> finds it there.</summary>
public sealed class MilestonesTests
{
    private static readonly TestSite Site = new TestSite()
        .With("input/sources/history.yml", "title: A history of GCHQ\npublisher: GCHQ\nurl: https://example.org/history\nkind: official\n")
        .With("input/events/gccs-formed.yml", "title: The code school is formed\ndate: 1919-11-01\nagency: gchq\nsources: [history]\n")
        .With("input/events/signed.yml", "title: The agreement is signed\ndate: 1946-03-05\ndate_status: disputed\nepisode: ukusa\nsources: [article]\n")
        .With("input/events/named.yml", "title: The school is named GCHQ\ndate: 1946\nagency: gchq\nsources: [history]\n")
        .With("input/sections/start.md", "---\ntitle: Start\norder: 1\nsummary: Where it starts.\n---\nSee [the school](xref:event/gccs-formed).\n");

    private static string PageAt(StaticSite.Engine.Pipelines.BuildResult result, string destination) =>
        result.Written.Single(d => d.Destination == destination).ReadText();

    [Fact]
    public void AnAgencysEvents_AreListedOldestFirst_EachCitingItsSourceByTheNumberThePageGivesIt()
    {
        var result = Site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(PageAt(result, "agencies/gchq/index.html"));

        var items = page.QuerySelectorAll("ol.milestones li");
        Assert.Equal(["event-gccs-formed", "event-named"], items.Select(li => li.Id));
        Assert.Equal("1919-11-01", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        var marker = items[0].QuerySelector("sup.cite a")!.GetAttribute("href")!;
        var cited = page.QuerySelector(marker)!;
        Assert.Contains("A history of GCHQ", cited.TextContent);
    }

    [Fact]
    public void ADisputedDate_SaysSo_OnTheEpisodesPage()
    {
        var page = new HtmlParser().ParseDocument(PageAt(Site.Build(), "episodes/ukusa/index.html"));
        Assert.Equal("5 March 1946 (sources differ)", page.QuerySelector("#event-signed time")!.TextContent);
    }

    [Fact]
    public void AnXrefToAnEvent_LinksToItsAnchorOnItsOwnersPage()
    {
        var page = new HtmlParser().ParseDocument(PageAt(Site.Build(), "sections/start/index.html"));
        Assert.NotNull(page.QuerySelector("a[href='/agencies/gchq/#event-gccs-formed']"));
    }
}
