using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The episodes: their list, oldest first, a page for each, and the timeline of them all.</summary>
public static class EpisodePages
{
    public static readonly PageKind Index = new("list", PageKind.PlainLabel, (inputs, _) =>
        [PageShapes.Listing(Index!, "Episodes", "The events that shaped the partnership, from the 1940s to 2020, oldest first.",
            [new Group("All episodes", "all", inputs.Site.Episodes.Select(inputs.Links.Dated).ToList())])])
    {
        Url = "/episodes/", Navigation = "Episodes", View = typeof(ListView),
    };

    // Each episode page weighs its related episodes through the indexes: the most work here, and independent.
    public static readonly PageKind Episode = new("episode", "Episode", (inputs, _) =>
    {
        var related = new RelatedEpisodes(inputs.Site, inputs.Links);
        var milestones = new Milestones(inputs.Site);
        return Enumerable.Range(0, inputs.Site.Episodes.Count).ToList().SelectInOrder(i => EpisodePage(inputs, related, milestones, i));
    })
    {
        Parent = Index, View = typeof(EpisodeView),
    };

    public static readonly PageKind Timeline = new("timeline", PageKind.PlainLabel, (inputs, _) =>
        [PageShapes.Listing(Timeline!, "Timeline", "Every episode, every dated event and the article's publication, oldest first.",
            inputs.Site.Episodes.GroupBy(e => e.Date.Year / 10 * 10)
                .Select(g => new Group($"{g.Key}s", $"decade-{g.Key}", g.Select(inputs.Links.Dated).ToList())))])
    {
        Url = "/timeline/", Navigation = "Timeline", View = typeof(ListView),
    };

    private static Page EpisodePage(PageInputs inputs, RelatedEpisodes related, Milestones milestones, int index)
    {
        var (site, links) = (inputs.Site, inputs.Links);
        var episode = site.Episodes[index];
        var agencies = episode.Agencies.Select(r => site.Find(EntityKind.Agency, r.Id)).OfType<Agency>().Select(links.Named).ToArray();
        var people = episode.People.Select(r => site.Find(EntityKind.Person, r.Id)).OfType<Person>().Select(links.To).ToArray();
        var facts = new List<Fact> { new("Date", episode.DateDisplay) };
        if (episode.DateStatusNote is { } dateNote) facts.Add(new("About the date", dateNote));
        facts.Add(new("Outcome", episode.Outcome));
        var dated = milestones.Of(episode);
        var view = new EpisodeView(episode, facts, agencies, people,
            index > 0 ? links.To(site.Episodes[index - 1]) : null,
            index + 1 < site.Episodes.Count ? links.To(site.Episodes[index + 1]) : null, related.To(episode, index), dated);
        return new Page(SiteModel.UrlOf(episode), Episode, episode.Title, episode.Summary, episode.Location,
            view, PageShapes.Body(episode.Body), Milestones.SourcesOf(episode.Sources, dated));
    }
}

/// <summary>What an episode's layout reads: the episode, its facts, who took part, its neighbours in time and its related episodes.</summary>
public sealed record EpisodeView(Episode Episode, IReadOnlyList<Fact> Facts, IReadOnlyList<Link> Agencies, IReadOnlyList<Link> People, Link? Previous, Link? Next, IReadOnlyList<Link> Related,
    IReadOnlyList<Milestone> Milestones) : IPageView;
