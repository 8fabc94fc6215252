using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The people page: everyone in the story on one page, each with an anchor of their own.</summary>
public static class PeoplePages
{
    public static readonly PageKind People = new("people", PageKind.PlainLabel, (inputs, _) => [Make(inputs)])
    {
        Url = "/people/", Navigation = "People", View = typeof(PeopleView),
    };

    private static Page Make(PageInputs inputs)
    {
        var (site, links) = (inputs.Site, inputs.Links);
        var views = site.People.Select(p => new PersonView(p, $"person-{p.Id}", Facts(site, p),
            site.EpisodesByPerson[p.Id].Select(links.Dated).ToList())).ToList();
        var markdown = site.People.Where(p => p.Body is not null).Select(p => ($"person-{p.Id}", p.Body!)).ToList();
        return new Page(People.Url!, People, "People", "The people in this story, and the interviewees the article quotes by their role.",
            SourceSpan.File("input/people"), new PeopleView(views), markdown, site.People.SelectMany(p => p.Sources).ToList());
    }

    /// <summary>A person's role, and the body they belonged to or spoke for: an agency's page, or a body named in words.</summary>
    private static Fact[] Facts(SiteModel site, Person person)
    {
        var body = person.Agency is { } id && site.Find(EntityKind.Agency, id.Id) is Agency agency
            ? new Fact("Organisation", $"{agency.Name} ({agency.ShortName})", SiteModel.UrlOf(agency))
            : person.Organisation is { } organisation ? new Fact("Organisation", organisation) : null;
        return body is null ? [new("Role", person.Role)] : [new("Role", person.Role), body];
    }
}

/// <param name="Facts">The person's role, and the body they belonged to or spoke for.</param>
public sealed record PersonView(Person Person, string HtmlKey, IReadOnlyList<Fact> Facts, IReadOnlyList<Link> Episodes);

public sealed record PeopleView(IReadOnlyList<PersonView> People) : IPageView;
