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

    // The fragment is well-formed XML as well as HTML, so tests can read it with LINQ to XML.
    private static XElement Parse(string html) => XElement.Parse($"<root>{html}</root>");

    [Fact]
    public void Full_LinksEveryEpisodeInsideTheSvg_AndListsThemInOrder()
    {
        var root = Parse(TimelineFigure.Full(Episodes));

        var svgLinks = root.Descendants(Svg + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Equal(["/episodes/ukusa/", "/episodes/binyam/", "/episodes/decision/"], svgLinks);
        var listed = root.Descendants("ol").Single().Elements("li").Select(li => li.Element("a")!.Value).ToList();
        Assert.Equal(Episodes.Select(e => e.Title), listed);
    }

    [Fact]
    public void Full_IsAccessibleAndResponsive()
    {
        var svg = Parse(TimelineFigure.Full(Episodes)).Descendants(Svg + "svg").Single();

        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.StartsWith("0 0 960 ", (string?)svg.Attribute("viewBox"));
        Assert.Equal("group", (string?)svg.Attribute("role"));
        var title = svg.Element(Svg + "title")!;
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal((string?)desc.Attribute("id"), (string?)svg.Attribute("aria-describedby"));
        Assert.Contains("1950–2009", desc.Value);
    }

    [Fact]
    public void Full_MarksTheBrokenAxis()
    {
        var root = Parse(TimelineFigure.Full(Episodes));

        Assert.Equal(2, root.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "tl-break"));
        Assert.Single(root.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "tl-gap");
        Assert.Contains("not drawn to scale", root.Element("figure")!.Element("figcaption")!.Value);
    }

    [Fact]
    public void TitlesFromData_AreEncoded_NeverMarkup()
    {
        var html = TimelineFigure.Full(Episodes);

        Assert.DoesNotContain("<decision>", html);
        Assert.Contains("Huawei &lt;decision&gt; &amp; &quot;5G&quot;", html);
        Assert.Contains("Huawei <decision> & \"5G\"", Parse(html).Descendants("a").Select(a => a.Value));
    }

    [Fact]
    public void NoStyleAttributes_AndNoScript()
    {
        var root = Parse(TimelineFigure.Full(Episodes) + TimelineFigure.Compact(Episodes, 1));

        Assert.DoesNotContain(root.Descendants(), e => e.Attribute("style") is not null);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "style" or "script");
    }

    [Fact]
    public void Compact_HighlightsTheCurrentEpisode_AndKeepsTheList()
    {
        var root = Parse(TimelineFigure.Compact(Episodes, 1));

        var current = root.Descendants(Svg + "a").Single(a => ((string?)a.Attribute("class"))!.Contains("is-current"));
        Assert.Equal("/episodes/binyam/", (string?)current.Attribute("href"));
        Assert.All(root.Descendants(Svg + "a"), a => Assert.False(string.IsNullOrEmpty((string?)a.Attribute("aria-label"))));
        var marked = root.Descendants("a").Single(a => (string?)a.Attribute("aria-current") == "page");
        Assert.Equal("The Binyam Mohamed case", marked.Value);
        Assert.Contains("episode 2 of 3", root.Descendants(Svg + "desc").Single().Value);
    }

    [Fact]
    public void Compact_OnALargeSite_DrawsOnlyTheNeighbours_SoPagesDoNotGrowWithTheSite()
    {
        var many = Enumerable.Range(0, 40)
            .Select(i => Samples.Episode($"e{i}", $"Episode {i}", $"{1950 + i}-01-01"))
            .ToArray();

        var root = Parse(TimelineFigure.Compact(many, 20));

        var drawn = root.Descendants(Svg + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Equal(Enumerable.Range(20 - TimelineFigure.Neighbours, 2 * TimelineFigure.Neighbours + 1).Select(i => $"/episodes/e{i}/"), drawn);
        Assert.Equal(2 * TimelineFigure.Neighbours + 1, root.Descendants("ol").Single().Elements("li").Count());
        Assert.Contains("episode 21 of 40", root.Descendants(Svg + "desc").Single().Value);
        Assert.Equal("Nearby episodes in date order", root.Descendants("summary").Single().Value);
    }

    [Fact]
    public void Output_IsTheSameEveryTime()
    {
        Assert.Equal(TimelineFigure.Full(Episodes), TimelineFigure.Full(Episodes.ToArray()));
    }
}
