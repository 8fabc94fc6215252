using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Explainer.Outputs.Publishing;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

public sealed class SitemapTests
{
    private static readonly XNamespace Ns = WriteSitemap.Namespace;

    private static string BaseUrl => RealSite.BaseUrl;

    [Fact]
    public void Sitemap_IsValidAgainstTheSitemapSchema()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(WriteSitemap.Namespace, Path.Combine(AppContext.BaseDirectory, "Explainer", "Outputs", "Publishing", "sitemap.xsd"));
        var problems = new List<string>();

        XDocument.Parse(RealSite.Result.Text("sitemap.xml")).Validate(schemas, (_, e) => problems.Add(e.Message));

        Assert.Empty(problems);
    }

    [Fact]
    public void SchemaCheck_RejectsARelativeLocAndABadDate()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(WriteSitemap.Namespace, Path.Combine(AppContext.BaseDirectory, "Explainer", "Outputs", "Publishing", "sitemap.xsd"));
        var problems = new List<string>();
        var bad = new XDocument(new XElement(Ns + "urlset",
            new XElement(Ns + "url", new XElement(Ns + "lastmod", "yesterday"))));

        bad.Validate(schemas, (_, e) => problems.Add(e.Message));

        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Sitemap_ListsEveryPageOnceByAbsoluteUrl_ExceptThe404Page()
    {
        var result = RealSite.Result;
        var locs = XDocument.Parse(result.Text("sitemap.xml")).Descendants(Ns + "loc").Select(l => l.Value).ToList();
        var expected = result.Pages().Select(p => p.Page.Url).Where(u => u != "/404.html").Select(u => BaseUrl + u.TrimStart('/')).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void LastMod_IsTheSectionsReviewedDate_AndOnlyThere()
    {
        var result = RealSite.Result;
        var sections = result.Pages().Select(p => p.Page.Data).OfType<SectionView>().ToDictionary(s => BaseUrl + $"sections/{s.Section.Id}/");
        var urls = XDocument.Parse(result.Text("sitemap.xml")).Descendants(Ns + "url").ToList();

        foreach (var url in urls)
        {
            var loc = url.Element(Ns + "loc")!.Value;
            var lastmod = url.Element(Ns + "lastmod")?.Value;
            Assert.Equal(sections.TryGetValue(loc, out var s) ? s.Section.Reviewed?.Iso : null, lastmod);
        }
        Assert.Contains(urls, u => u.Element(Ns + "lastmod") is not null);
    }

    [Fact]
    public void Robots_AllowsEverything_AndPointsToTheSitemapByAbsoluteUrl()
    {
        var robots = RealSite.Result.Text("robots.txt").Split('\n');

        Assert.Contains("User-agent: *", robots);
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", robots);
        Assert.True(Uri.IsWellFormedUriString(BaseUrl + "sitemap.xml", UriKind.Absolute));
    }
}
