using System.Text.Json.Nodes;
using StaticSite.Core.Data;
using StaticSite.Core.Explainer;

namespace StaticSite.Core.Publishing;

/// <summary>
/// schema.org descriptions of pages as JSON-LD: the home page as a WebSite, a section as an Article based on
/// the article the site explains, an agency as a GovernmentOrganization, an episode as an Event, and a
/// BreadcrumbList on every page that shows breadcrumbs. Every value comes from the content.
/// </summary>
public sealed class StructuredData(SiteModel model)
{
    private const string Context = "https://schema.org";

    private SiteInfo Site => model.Site;

    /// <summary>The JSON-LD of a page, or null for pages that describe nothing in particular.</summary>
    public JsonObject? For(Page page)
    {
        var graph = new JsonArray();
        if (Main(page) is { } main) graph.Add((JsonNode)main);
        if (page.Breadcrumbs.Count > 0 && page.Data is SectionView or AgencyView or EpisodeView) graph.Add((JsonNode)Breadcrumbs(page));
        return graph.Count == 0 ? null : new JsonObject { ["@context"] = Context, ["@graph"] = graph };
    }

    private JsonObject? Main(Page page) => page.Data switch
    {
        HomeView => new JsonObject
        {
            ["@type"] = "WebSite",
            ["@id"] = Site.BaseUrl + "#website",
            ["name"] = Site.Title,
            ["description"] = Site.Description,
            ["url"] = Site.BaseUrl,
            ["inLanguage"] = Site.Language,
            ["publisher"] = Publisher(),
        },
        SectionView s => Article(page, s.Section),
        AgencyView a => Organization(a.Agency),
        EpisodeView e => Event(page, e.Episode),
        _ => null,
    };

    private JsonObject Article(Page page, Section section)
    {
        var article = new JsonObject
        {
            ["@type"] = "Article",
            ["@id"] = Url(page.Url) + "#article",
            ["headline"] = section.Title,
            ["description"] = section.Summary,
            ["url"] = Url(page.Url),
            ["mainEntityOfPage"] = Url(page.Url),
            ["inLanguage"] = Site.Language,
            ["author"] = Publisher(),
            ["publisher"] = Publisher(),
            ["license"] = Site.Licence.Url,
            ["isPartOf"] = new JsonObject { ["@id"] = Site.BaseUrl + "#website" },
            ["isBasedOn"] = BasedOn(),
        };
        // The content records when a section was last checked against its sources, not when it was first
        // written, so that is the only date claimed.
        if (section.Reviewed is { } reviewed) article["dateModified"] = reviewed.Iso;
        return article;
    }

    private JsonObject BasedOn()
    {
        var a = Site.Article;
        return new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = a.Title,
            ["url"] = a.Url,
            ["datePublished"] = a.Date.Iso,
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = a.Author },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = a.Publication },
        };
    }

    private JsonObject Organization(Agency agency)
    {
        var organization = new JsonObject
        {
            ["@type"] = "GovernmentOrganization",
            ["@id"] = OrganizationId(agency.Id),
            ["name"] = agency.Name,
            ["alternateName"] = agency.ShortName,
            ["description"] = agency.Summary,
            ["url"] = Url(SiteModel.UrlOf(agency)),
            ["foundingDate"] = agency.Founded.Iso,
            ["areaServed"] = new JsonObject { ["@type"] = "Country", ["name"] = CountryName(agency.Country) },
            ["parentOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = agency.Parent },
        };
        if (agency.Headquarters is { } hq) organization["location"] = new JsonObject { ["@type"] = "Place", ["name"] = hq };
        return organization;
    }

    private JsonObject Event(Page page, Episode episode)
    {
        var about = new JsonArray();
        foreach (var agency in episode.Agencies.Select(r => model.Find(EntityKind.Agency, r.Id)).OfType<Agency>())
        {
            about.Add((JsonNode)new JsonObject { ["@type"] = "GovernmentOrganization", ["@id"] = OrganizationId(agency.Id), ["name"] = agency.Name });
        }
        foreach (var person in episode.People.Select(r => model.Find(EntityKind.Person, r.Id)).OfType<Person>())
        {
            about.Add((JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = person.Name, ["jobTitle"] = person.Role, ["url"] = Url(SiteModel.UrlOf(person)) });
        }
        var result = new JsonObject
        {
            ["@type"] = "Event",
            ["@id"] = Url(page.Url) + "#event",
            ["name"] = episode.Title,
            ["description"] = episode.Summary,
            ["url"] = Url(page.Url),
            ["startDate"] = episode.Date.Iso,
        };
        if (episode.EndDate is { } end) result["endDate"] = end.Iso;
        result["about"] = about;
        return result;
    }

    private JsonObject Breadcrumbs(Page page)
    {
        var items = new JsonArray();
        var trail = page.Breadcrumbs.Append(new Link(page.Title, page.Url)).ToList();
        for (var i = 0; i < trail.Count; i++)
        {
            items.Add((JsonNode)new JsonObject { ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = trail[i].Text, ["item"] = Url(trail[i].Url) });
        }
        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    private JsonObject Publisher() => new() { ["@type"] = "Organization", ["name"] = Site.Title, ["url"] = Site.BaseUrl };

    private string OrganizationId(string id) => Url($"/agencies/{id}/") + "#organization";

    private string Url(string url) => PublishText.Absolute(Site, url);

    public static string CountryName(string code) => code == "UK" ? "United Kingdom" : "United States";
}
