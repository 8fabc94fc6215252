using System.Xml.Linq;
using StaticSite.Explainer.Outputs.Visuals;
using Xunit;
using StaticSite.Explainer.Data;

namespace StaticSite.Core.Tests.Explainer.Outputs.Visuals;

public sealed class TimelineFigureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Episode[] Episodes =
    [
        Samples.Episode("ukusa", "The UKUSA Agreement", "1946-03-05", "1948"),
        Samples.Episode("binyam", "The Binyam Mohamed case", "2010-02-10"),
        Samples.Episode("decision", "Huawei <decision> & \"5G\"", "2020-01-28"),
    ];

    private static TimelineEntry Entry(Episode e) => new(TimelineEntryKind.Episode, e.Title, e.Date, e.EndDate, e.DateDisplay, $"/episodes/{e.Id}/", null);

    private static TimelineEntry Event(string id, string title, string date, string owner) =>
        new(TimelineEntryKind.Event, title, PartialDate.TryParse(date)!, null, PartialDate.TryParse(date)!.Display, $"/agencies/{owner}/#event-{id}", owner.ToUpperInvariant());

    private static readonly TimelineEntry[] Entries =
    [
        Event("sis", "The foreign section is formed", "1909", "sis"),
        Entry(Episodes[0]),
        Event("nsa", "The NSA comes into existence", "1952-11-04", "nsa"),
        Entry(Episodes[1]),
        Entry(Episodes[2]),
        new(TimelineEntryKind.Article, "The article is published", new PartialDate(2020, 2), null, "February 2020", "https://example.org/a", "“A”, Au, P"),
        Event("sanctions", "The US rule on chips takes effect", "2020-05-15", "nsa"),
    ];

    // The fragment is well-formed XML as well as HTML, so tests can read it with LINQ to XML.
    private static XElement Parse(string html) => XElement.Parse($"<root>{html}</root>");

    private static List<XElement> Svgs(XElement root) => root.Descendants(Svg + "svg").ToList();

    [Fact]
    public void Full_ListsEveryEntryInDateOrder_EachLinkedWithItsDateAtTheDataPrecision()
    {
        var root = Parse(TimelineFigure.Full(Entries));

        var items = root.Descendants("ol").Single().Elements("li").ToList();
        Assert.Equal(Entries.Select(e => e.Url), items.Select(li => (string?)li.Element("a")!.Attribute("href")));
        Assert.Equal(["1909", "5 March 1946 to 1948", "4 November 1952", "10 February 2010", "28 January 2020", "February 2020", "15 May 2020"],
            items.Select(li => li.Descendants("time").Single().Value));
        Assert.Equal(["1909", "1946", "1952", "2010", "2020", "2020", "2020"], items.Select(li => li.Descendants("time").Single().Attribute("datetime")!.Value[..4]));
    }

    [Fact]
    public void Overview_LinksEveryEpisode_DrawsEveryEvent_AndMarksThePublication()
    {
        var overview = Svgs(Parse(TimelineFigure.Full(Entries)))[0];

        Assert.Equal(["/episodes/ukusa/", "/episodes/binyam/", "/episodes/decision/"], overview.Descendants(Svg + "a").Select(a => (string?)a.Attribute("href")));
        var events = overview.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "tl-events");
        Assert.Equal(3, events.Elements(Svg + "g").Count());
        var article = overview.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "tl-article");
        Assert.Contains("February 2020", article.Value);
    }

    [Fact]
    public void Overview_AxisRunsFromTheFirstYearToTheLast_WithNoEmptyYearsAtTheEnds()
    {
        var overview = Svgs(Parse(TimelineFigure.Full(Entries)))[0];

        var years = overview.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tl-year").Select(t => t.Value).ToList();
        Assert.Equal("1909", years[0]);
        Assert.Equal("2020", years[^1]);
        Assert.DoesNotContain("2030", years);
        Assert.Contains("1920–1939", overview.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Enlarged_DrawsJanuaryToJuly2020_WithOnlyTheEntriesInThoseMonths()
    {
        var enlarged = Svgs(Parse(TimelineFigure.Full(Entries)))[1];

        Assert.Equal(["/episodes/decision/", "https://example.org/a", "/agencies/nsa/#event-sanctions"], enlarged.Descendants(Svg + "a").Select(a => (string?)a.Attribute("href")));
        var months = enlarged.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tl-year").Select(t => t.Value);
        Assert.Equal(["January", "February", "March", "April", "May", "June", "July"], months);
        // A date known to the month is drawn as a bar over the month, not a dot on one day.
        Assert.Contains(enlarged.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "tl-span is-article");
    }

    [Fact]
    public void Drawings_AreAccessibleAndResponsive()
    {
        foreach (var svg in Svgs(Parse(TimelineFigure.Full(Entries))))
        {
            Assert.Equal("100%", (string?)svg.Attribute("width"));
            Assert.StartsWith("0 0 720 ", (string?)svg.Attribute("viewBox"));
            Assert.Equal("group", (string?)svg.Attribute("role"));
            Assert.Equal((string?)svg.Element(Svg + "title")!.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
            Assert.Equal((string?)svg.Element(Svg + "desc")!.Attribute("id"), (string?)svg.Attribute("aria-describedby"));
        }
    }

    [Fact]
    public void Full_MarksTheBrokenAxis()
    {
        var root = Parse(TimelineFigure.Full(Entries));

        var overview = Svgs(root)[0];
        // Two slanted strokes at each of the two breaks, and the breaks named in words.
        Assert.Equal(4, overview.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "tl-break"));
        Assert.Contains("1920–1939 and 1960–2009", overview.Element(Svg + "desc")!.Value);
        Assert.Contains("not drawn to scale", root.Descendants("figcaption").First().Value);
    }

    [Fact]
    public void TitlesFromData_AreEncoded_NeverMarkup()
    {
        var html = TimelineFigure.Full(Entries);

        Assert.DoesNotContain("<decision>", html);
        Assert.Contains("Huawei &lt;decision&gt; &amp; &quot;5G&quot;", html);
        Assert.Contains("Huawei <decision> & \"5G\"", Parse(html).Descendants("a").Select(a => a.Value));
    }

    [Fact]
    public void NoStyleAttributes_AndNoScript()
    {
        var root = Parse(TimelineFigure.Full(Entries) + TimelineCompact.Of(Episodes, 1));

        Assert.DoesNotContain(root.Descendants(), e => e.Attribute("style") is not null);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "style" or "script");
    }

    [Fact]
    public void Compact_HighlightsTheCurrentEpisode_AndKeepsTheList()
    {
        var root = Parse(TimelineCompact.Of(Episodes, 1));

        var current = root.Descendants(Svg + "a").Single(a => ((string?)a.Attribute("class"))!.Contains("is-current"));
        Assert.Equal("/episodes/binyam/", (string?)current.Attribute("href"));
        Assert.All(root.Descendants(Svg + "a"), a => Assert.False(string.IsNullOrEmpty((string?)a.Attribute("aria-label"))));
        var marked = root.Descendants("a").Single(a => (string?)a.Attribute("aria-current") == "page");
        Assert.Equal("The Binyam Mohamed case", marked.Value);
        Assert.Contains("episode 2 of 3", root.Descendants(Svg + "desc").Single().Value);
        Assert.StartsWith("0 0 400 ", (string?)root.Descendants(Svg + "svg").Single().Attribute("viewBox"));
    }

    [Fact]
    public void Compact_OnALargeSite_DrawsOnlyTheNeighbours_SoPagesDoNotGrowWithTheSite()
    {
        var many = Enumerable.Range(0, 40)
            .Select(i => Samples.Episode($"e{i}", $"Episode {i}", $"{1950 + i}-01-01"))
            .ToArray();

        var root = Parse(TimelineCompact.Of(many, 20));

        var drawn = root.Descendants(Svg + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Equal(Enumerable.Range(20 - TimelineCompact.Neighbours, 2 * TimelineCompact.Neighbours + 1).Select(i => $"/episodes/e{i}/"), drawn);
        Assert.Equal(2 * TimelineCompact.Neighbours + 1, root.Descendants("ol").Single().Elements("li").Count());
        Assert.Contains("episode 21 of 40", root.Descendants(Svg + "desc").Single().Value);
        Assert.Equal("Nearby episodes in date order", root.Descendants("summary").Single().Value);
    }

    [Fact]
    public void Output_IsTheSameEveryTime()
    {
        Assert.Equal(TimelineFigure.Full(Entries), TimelineFigure.Full(Entries.ToArray()));
    }

    [Fact]
    public void NoDrawingOnTheRealSite_LabelsOneYearTwice()
    {
        // The axis's last label names the last year in use; a decade starting that year once got a label of its own too.
        var drawings = 0;
        foreach (var (page, html) in RealSite.HtmlPages)
        {
            foreach (var svg in new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("svg.timeline-svg"))
            {
                drawings++;
                var years = svg.QuerySelectorAll("g.tl-axis text").Select(t => t.TextContent).ToList();
                Assert.True(years.Count == years.Distinct().Count(), $"{page}: a drawing labels its axis {string.Join(", ", years)}");
            }
        }
        Assert.True(drawings > 10, $"only {drawings} timeline drawings found");
    }
}
