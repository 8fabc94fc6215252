using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The agencies: their index, by country, and a page for each.</summary>
public static class AgencyPages
{
    public static readonly PageKind Index = new("agencies", PageKind.PlainLabel, (inputs, _) =>
        [PageShapes.Listing(Index!, "Agencies", "The intelligence agencies, policy bodies and overseers in this story, by country.",
            inputs.Site.Agencies.GroupBy(a => a.Country).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Group(Data.Agency.CountryNameOf(g.Key), $"country-{g.Key.ToLowerInvariant()}", g.Select(inputs.Links.To).ToList())))])
    {
        Url = "/agencies/", Navigation = "Agencies", View = typeof(ListView),
    };

    public static readonly PageKind Agency = new("agency", "Agency", (inputs, _) =>
    {
        var milestones = new Milestones(inputs.Site);
        return inputs.Site.Agencies.SelectInOrder(a => AgencyPage(inputs, milestones, a));
    })
    {
        Parent = Index, View = typeof(AgencyView),
    };

    private static Page AgencyPage(PageInputs inputs, Milestones milestones, Data.Agency agency)
    {
        var (site, links) = (inputs.Site, inputs.Links);
        var episodes = site.EpisodesByAgency[agency.Id].ToList();
        // Linked by their role (the person's own agency field), not by the episodes they appear in.
        var people = site.PeopleByAgency[agency.Id].Select(p => links.To(p) with { Note = p.Role }).ToList();
        var relations = RelationLinks(inputs, agency);
        var facts = new List<Fact>
        {
            new("Full name", agency.Name),
            new("Country", agency.CountryName),
            new("Kind", agency.KindName),
            new("Founded", agency.Founded.Display),
            new("Answers to", agency.Parent),
        };
        if (agency.Headquarters is { } hq) facts.Add(new Fact("Headquarters", hq));
        var dated = milestones.Of(agency);
        var view = new AgencyView(agency, facts, episodes.Select(links.Dated).ToList(), people, relations, dated);
        return new Page(SiteModel.UrlOf(agency), Agency, $"{agency.Name} ({agency.ShortName})", agency.Summary, agency.Location,
            view, PageShapes.Body(agency.Body), Milestones.SourcesOf(agency.Sources, dated));
    }

    /// <summary>
    /// The agency's relations as links, those it states and those stated of it. A relation stated on both agencies (each
    /// places staff in the other) is one link, not "places staff in" and "hosts staff from" the same agency.
    /// </summary>
    private static List<Link> RelationLinks(PageInputs inputs, Data.Agency self)
    {
        var all = inputs.Site.RelationsOf[self.Id];
        var stated = all.Select(l => (l.From, To: l.Relation.Agency.Id, l.Relation.Kind)).ToHashSet();
        return all
            .Where(link => link.From == self.Id || !stated.Contains((self.Id, link.From, link.Relation.Kind)))
            .Select(link => RelationText(inputs, self, link, bothWays: link.From == self.Id && stated.Contains((link.Relation.Agency.Id, self.Id, link.Relation.Kind))))
            .ToList();
    }

    private static Link RelationText(PageInputs inputs, Data.Agency self, AgencyLink link, bool bothWays)
    {
        var outgoing = link.From == self.Id;
        var other = inputs.Site.Find(EntityKind.Agency, outgoing ? link.Relation.Agency.Id : link.From) as Data.Agency;
        var name = other?.ShortName ?? link.Relation.Agency.Id;
        var verb = link.Relation.Verb(outgoing, bothWays);
        return new Link($"{char.ToUpperInvariant(verb[0])}{verb[1..]} {name}", other is null ? Index.Url! : SiteModel.UrlOf(other), link.Relation.Note);
    }
}

/// <summary>What an agency's layout reads: the agency, its facts, and links to its episodes, people and relations.</summary>
public sealed record AgencyView(Data.Agency Agency, IReadOnlyList<Fact> Facts, IReadOnlyList<Link> Episodes, IReadOnlyList<Link> People, IReadOnlyList<Link> Relations,
    IReadOnlyList<Milestone> Milestones) : IPageView;
