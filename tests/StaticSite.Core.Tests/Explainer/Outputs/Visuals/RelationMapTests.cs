using System.Globalization;
using System.Xml.Linq;
using StaticSite.Explainer.Outputs.Visuals;
using Xunit;
using StaticSite.Explainer.Data;

namespace StaticSite.Core.Tests.Explainer.Outputs.Visuals;

public sealed class RelationMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly SiteModel Model = Samples.Model(
    [
        Samples.Agency("gchq", "GCHQ", "UK"),
        Samples.Agency("isc", "ISC", "UK", Samples.Relation("gchq", "oversees", "Scrutiny <b>note</b>")),
        Samples.Agency("nsa", "NSA", "US", Samples.Relation("gchq", "shares"), Samples.Relation("gchq", "embeds")),
        Samples.Agency("nec", "NEC", "US"),
    ]);

    private static XElement Parse(string html) => XElement.Parse($"<root>{html}</root>");

    private static double X(XElement node) => double.Parse((string)node.Element(Svg + "rect")!.Attribute("x")!, CultureInfo.InvariantCulture);

    [Fact]
    public void Full_PutsUkOnTheLeftAndUsOnTheRight_EachNodeLinkingToItsPage()
    {
        var nodes = Parse(RelationMap.Full(Model)).Descendants(Svg + "a").ToDictionary(a => (string)a.Attribute("href")!);

        Assert.Equal(["/agencies/gchq/", "/agencies/isc/", "/agencies/nec/", "/agencies/nsa/"], nodes.Keys.Order().ToList());
        Assert.True(X(nodes["/agencies/gchq/"]) < X(nodes["/agencies/nsa/"]));
        Assert.Equal(X(nodes["/agencies/gchq/"]), X(nodes["/agencies/isc/"]));
        Assert.Equal(X(nodes["/agencies/nsa/"]), X(nodes["/agencies/nec/"]));
    }

    private static double Y(XElement node) => double.Parse((string)node.Element(Svg + "rect")!.Attribute("y")!, CultureInfo.InvariantCulture);

    [Fact]
    public void Counterparts_ShareARow()
    {
        var nodes = Parse(RelationMap.Full(Model)).Descendants(Svg + "a").ToDictionary(a => (string)a.Attribute("href")!);

        Assert.Equal(Y(nodes["/agencies/gchq/"]), Y(nodes["/agencies/nsa/"]));
        Assert.NotEqual(Y(nodes["/agencies/gchq/"]), Y(nodes["/agencies/isc/"]));
    }

    [Fact]
    public void EveryLine_IsLabelled_AndStyledByKind()
    {
        var root = Parse(RelationMap.Full(Model));

        var links = root.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("map-link ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["map-link kind-embeds", "map-link kind-oversees", "map-link kind-shares"], links.Select(g => (string)g.Attribute("class")!).Order());
        var labels = links.ToDictionary(g => (string)g.Attribute("class")!, g => g.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "map-label").Value);
        Assert.Equal("share intelligence", labels["map-link kind-shares"]);
        Assert.Equal("oversees", labels["map-link kind-oversees"]);
        Assert.Equal("places staff in", labels["map-link kind-embeds"]);
        // A one-way kind carries an arrowhead at the end it points to.
        var embeds = links.Single(g => g.Attribute("class")!.Value.EndsWith("embeds", StringComparison.Ordinal)).Element(Svg + "path")!;
        Assert.Equal("url(#map-arrow-end)", (string?)embeds.Attribute("marker-end"));
        Assert.Null(embeds.Attribute("marker-start"));
    }

    [Fact]
    public void EveryKind_HasALabel_ThatClaimsNoDate()
    {
        // A relation has no date of its own: a year in a label would be true of one relation and wrong for the next.
        foreach (var kind in Agency.Kinds)
        {
            var model = Samples.Model([Samples.Agency("gchq", "GCHQ", "UK"), Samples.Agency("nsa", "NSA", "US", Samples.Relation("gchq", kind))]);
            var label = Parse(RelationMap.Full(model)).Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "map-label").Value;

            Assert.False(string.IsNullOrWhiteSpace(label), kind);
            Assert.DoesNotMatch(@"\d{4}", label);
        }
    }

    [Fact]
    public void ARelationWrittenOnBothAgencies_IsOneLineWithTwoArrows()
    {
        var model = Samples.Model(
        [
            Samples.Agency("gchq", "GCHQ", "UK", Samples.Relation("nsa", "embeds")),
            Samples.Agency("nsa", "NSA", "US", Samples.Relation("gchq", "embeds")),
        ]);

        var lines = Parse(RelationMap.Full(model)).Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "map-link kind-embeds").ToList();

        var path = Assert.Single(lines).Element(Svg + "path")!;
        Assert.Equal("url(#map-arrow-end)", (string?)path.Attribute("marker-end"));
        Assert.Equal("url(#map-arrow-start)", (string?)path.Attribute("marker-start"));
        Assert.Equal("staff in each other", lines[0].Elements(Svg + "text").Single().Value);
    }

    [Fact]
    public void Full_WritesEveryRelationAsText_WithNotesEncoded()
    {
        var html = RelationMap.Full(Model);
        var items = Parse(html).Descendants("ul").Single().Elements("li").Select(li => li.Value).ToList();

        Assert.Contains("ISC oversees GCHQ: Scrutiny <b>note</b>", items);
        Assert.Contains("NSA shares intelligence with GCHQ", items);
        Assert.Contains("NSA places staff in GCHQ", items);
        Assert.Contains("Scrutiny &lt;b&gt;note&lt;/b&gt;", html);
    }

    [Fact]
    public void Neighbourhood_ShowsOnlyTheAgencyAndThoseLinkedToIt()
    {
        var isc = Model.Agencies.Single(a => a.Id == "isc");
        var root = Parse(RelationMap.Neighbourhood(Model, isc)!);

        var nodes = root.Descendants(Svg + "a").Select(a => (string)a.Attribute("href")!).Order().ToList();
        Assert.Equal(["/agencies/gchq/", "/agencies/isc/"], nodes);
        Assert.Contains("is-focus", (string?)root.Descendants(Svg + "a").Single(a => (string?)a.Attribute("href") == "/agencies/isc/").Attribute("class"));
    }

    [Fact]
    public void Neighbourhood_OfAnAgencyWithNoLinks_IsNull()
    {
        Assert.Null(RelationMap.Neighbourhood(Model, Model.Agencies.Single(a => a.Id == "nec")));
    }

    [Fact]
    public void NoStyleAttributes()
    {
        var root = Parse(RelationMap.Full(Model));

        Assert.DoesNotContain(root.Descendants(), e => e.Attribute("style") is not null || e.Name.LocalName == "style");
    }
}
