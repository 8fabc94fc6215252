using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

public sealed class StructuredDataTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The JSON-LD nodes of a built page, by @type, parsed from the script element as a browser would see it.</summary>
    private static Dictionary<string, JsonElement> Graph(BuildResult result, string destination)
    {
        var script = Parser.ParseDocument(result.Text(destination)).QuerySelectorAll("script[type='application/ld+json']");
        var json = JsonDocument.Parse(Assert.Single(script).TextContent).RootElement;
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        return json.GetProperty("@graph").EnumerateArray().ToDictionary(n => n.GetProperty("@type").GetString()!);
    }

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [Fact]
    public void SectionPage_IsAnArticleBasedOnTheExplainedArticle_WithBreadcrumbs()
    {
        var section = RealSite.Result.Pages().Select(p => p.Page.Data).OfType<SectionView>().First().Section;
        var graph = Graph(RealSite.Result, $"sections/{section.Id}/index.html");

        var article = graph["Article"];
        Assert.Equal(section.Title, Str(article, "headline"));
        Assert.Equal(RealSite.BaseUrl + $"sections/{section.Id}/", Str(article, "url"));
        Assert.Equal("Organization", Str(article.GetProperty("author"), "@type"));
        Assert.Equal("Organization", Str(article.GetProperty("publisher"), "@type"));
        Assert.Equal(section.Reviewed!.Iso, Str(article, "dateModified"));
        var basedOn = article.GetProperty("isBasedOn");
        Assert.StartsWith("https://theconversation.com/", Str(basedOn, "url"));
        Assert.Equal("Person", Str(basedOn.GetProperty("author"), "@type"));
        Assert.True(graph.ContainsKey("BreadcrumbList"));
    }

    [Fact]
    public void AgencyPage_IsAGovernmentOrganization()
    {
        var org = Graph(RealSite.Result, "agencies/gchq/index.html")["GovernmentOrganization"];

        Assert.Equal("Government Communications Headquarters", Str(org, "name"));
        Assert.Equal("GCHQ", Str(org, "alternateName"));
        Assert.Equal(RealSite.BaseUrl + "agencies/gchq/", Str(org, "url"));
        Assert.Matches("^[0-9]{4}(-[0-9]{2}){0,2}$", Str(org, "foundingDate"));
    }

    [Fact]
    public void EpisodePage_IsAnEventAboutItsAgencies_WithABreadcrumbTrailEndingAtThePage()
    {
        var graph = Graph(RealSite.Result, "episodes/ukusa-agreement/index.html");

        var ev = graph["Event"];
        Assert.Equal("1946-03-05", Str(ev, "startDate"));
        Assert.Contains(ev.GetProperty("about").EnumerateArray(), a => Str(a, "@id").EndsWith("/agencies/gchq/#organization", StringComparison.Ordinal));
        var crumbs = graph["BreadcrumbList"].GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, crumbs.Count), crumbs.Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal(RealSite.BaseUrl, Str(crumbs[0], "item"));
        Assert.Equal(RealSite.BaseUrl + "episodes/ukusa-agreement/", Str(crumbs[^1], "item"));
    }

    [Fact]
    public void HomePage_IsAWebSite_AndListPagesHaveNoStructuredData()
    {
        Assert.Equal(RealSite.BaseUrl, Str(Graph(RealSite.Result, "index.html")["WebSite"], "url"));
        Assert.Empty(Parser.ParseDocument(RealSite.Result.Text("glossary/index.html")).QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public void MarkupInContent_CannotCloseTheScriptElement_AndSurvivesAsText()
    {
        const string title = "</script><script>alert(1)</script> & <!-- more";
        var result = RealSite.Build(new Dictionary<string, Func<string, string>>
        {
            ["input/sections/reciprocity.md"] = md => System.Text.RegularExpressions.Regex.Replace(md, "(?m)^title: .*$", $"title: '{title}'"),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var html = result.Text("sections/reciprocity/index.html");
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

        Assert.DoesNotContain("<script>alert", head, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", head, StringComparison.Ordinal);
        Assert.Equal(title, Str(Graph(result, "sections/reciprocity/index.html")["Article"], "headline"));
        Assert.Single(Parser.ParseDocument(html).QuerySelectorAll("script"));
    }
}
