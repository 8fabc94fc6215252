using StaticSite.Engine.IO;
using System.Text;
using System.Text.Json;
using StaticSite.Explainer.Data;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// schema.org descriptions of pages as JSON-LD: the home page as a WebSite, a section as an Article based on
/// the article the site explains, an agency as a GovernmentOrganization, an episode as an Event, and a
/// BreadcrumbList on every page that shows breadcrumbs. Every value comes from the content.
/// </summary>
/// <remarks>
/// Written straight to UTF-8 with one writer per thread: a tree of JSON nodes made for every page, then
/// serialised, was about a tenth of what the page pass allocated.
/// </remarks>
public sealed class StructuredData(SiteModel model)
{
    private const string Context = "https://schema.org";

    private static readonly ThreadJsonWriter Writer = new(PublishText.CompactJson);

    private SiteInfo Site => model.Site;

    /// <summary>The JSON-LD of a page on one line, or null for pages that describe nothing in particular.</summary>
    public string? For(Page page)
    {
        var main = Main(page);
        var crumbs = page.Breadcrumbs.Count > 0 && page.Data is SectionView or AgencyView or EpisodeView;
        if (main is null && !crumbs) return null;
        return Encoding.UTF8.GetString(Writer.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", Context);
            w.WriteStartArray("@graph");
            main?.Invoke(w);
            if (crumbs) Breadcrumbs(w, page);
            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private Action<Utf8JsonWriter>? Main(Page page) => page.Data switch
    {
        HomeView => WebSite,
        SectionView s => w => Article(w, page, s.Section),
        AgencyView a => w => Organization(w, a.Agency),
        EpisodeView e => w => Event(w, page, e.Episode),
        _ => null,
    };

    private void WebSite(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStrings(("@type", "WebSite"), ("@id", Site.BaseUrl + "#website"), ("name", Site.Title), ("description", Site.Description),
            ("url", Site.BaseUrl), ("inLanguage", Site.Language));
        Publisher(w, "publisher");
        w.WriteEndObject();
    }

    private void Article(Utf8JsonWriter w, Page page, Section section)
    {
        w.WriteStartObject();
        w.WriteStrings(("@type", "Article"), ("@id", Url(page.Url) + "#article"), ("headline", section.Title), ("description", section.Summary),
            ("url", Url(page.Url)), ("mainEntityOfPage", Url(page.Url)), ("inLanguage", Site.Language));
        Publisher(w, "author");
        Publisher(w, "publisher");
        w.WriteString("license", Site.Licence.Url);
        w.WriteStartObject("isPartOf");
        w.WriteString("@id", Site.BaseUrl + "#website");
        w.WriteEndObject();
        BasedOn(w);
        // The content records when a section was last checked against its sources, not when it was first
        // written, so that is the only date claimed.
        if (section.Reviewed is { } reviewed) w.WriteString("dateModified", reviewed.Iso);
        w.WriteEndObject();
    }

    private void BasedOn(Utf8JsonWriter w)
    {
        var a = Site.Article;
        w.WriteStartObject("isBasedOn");
        w.WriteStrings(("@type", "NewsArticle"), ("headline", a.Title), ("url", a.Url), ("datePublished", a.Date.Iso));
        Named(w, "author", "Person", a.Author);
        Named(w, "publisher", "Organization", a.Publication);
        w.WriteEndObject();
    }

    private void Organization(Utf8JsonWriter w, Agency agency)
    {
        w.WriteStartObject();
        w.WriteStrings(("@type", "GovernmentOrganization"), ("@id", OrganizationId(agency.Id)), ("name", agency.Name), ("alternateName", agency.ShortName),
            ("description", agency.Summary), ("url", Url(SiteModel.UrlOf(agency))), ("foundingDate", agency.Founded.Iso));
        Named(w, "areaServed", "Country", agency.CountryName);
        Named(w, "parentOrganization", "GovernmentOrganization", agency.Parent);
        if (agency.Headquarters is { } hq) Named(w, "location", "Place", hq);
        w.WriteEndObject();
    }

    private void Event(Utf8JsonWriter w, Page page, Episode episode)
    {
        w.WriteStartObject();
        w.WriteStrings(("@type", "Event"), ("@id", Url(page.Url) + "#event"), ("name", episode.Title), ("description", episode.Summary),
            ("url", Url(page.Url)), ("startDate", episode.Date.Iso));
        if (episode.EndDate is { } end) w.WriteString("endDate", end.Iso);
        w.WriteStartArray("about");
        foreach (var agency in episode.Agencies.Select(r => model.Find(EntityKind.Agency, r.Id)).OfType<Agency>())
        {
            w.WriteStartObject();
            w.WriteStrings(("@type", "GovernmentOrganization"), ("@id", OrganizationId(agency.Id)), ("name", agency.Name));
            w.WriteEndObject();
        }
        foreach (var person in episode.People.Select(r => model.Find(EntityKind.Person, r.Id)).OfType<Person>())
        {
            w.WriteStartObject();
            w.WriteStrings(("@type", "Person"), ("name", person.Name), ("jobTitle", person.Role), ("url", Url(SiteModel.UrlOf(person))));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void Breadcrumbs(Utf8JsonWriter w, Page page)
    {
        w.WriteStartObject();
        w.WriteString("@type", "BreadcrumbList");
        w.WriteStartArray("itemListElement");
        var position = 0;
        foreach (var link in page.Breadcrumbs.Append(new Link(page.Title, page.Url)))
        {
            w.WriteStartObject();
            w.WriteString("@type", "ListItem");
            w.WriteNumber("position", ++position);
            w.WriteString("name", link.Text);
            w.WriteString("item", Url(link.Url));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void Publisher(Utf8JsonWriter w, string property)
    {
        w.WriteStartObject(property);
        w.WriteStrings(("@type", "Organization"), ("name", Site.Title), ("url", Site.BaseUrl));
        w.WriteEndObject();
    }

    // An object with only a type and a name: { "@type": type, "name": name }.
    private static void Named(Utf8JsonWriter w, string property, string type, string? name)
    {
        w.WriteStartObject(property);
        w.WriteStrings(("@type", type), ("name", name));
        w.WriteEndObject();
    }

    private string OrganizationId(string id) => Url($"/agencies/{id}/") + "#organization";

    private string Url(string url) => Site.Absolute(url);
}
