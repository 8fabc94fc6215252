using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Pages;

/// <summary>Lays the site model out as pages. Every list and backlink is computed here from the data.</summary>
public sealed class PageFactory(SiteModel site)
{
    // Breadcrumbs' links, the same on every page of a kind.
    private static readonly Link Home = new("Home", "/");
    private static readonly Link StoryCrumb = new("The story", "/sections/");
    private static readonly Link AgenciesCrumb = new("Agencies", "/agencies/");
    private static readonly Link EpisodesCrumb = new("Episodes", "/episodes/");

    // Each kind's trail, one array for all its pages: views live until the build ends, and every object a page keeps
    // is one more for the collector to copy while the pages are made (the same goes for arrays over lists below).
    private static readonly Link[] SectionTrail = [Home, StoryCrumb];
    private static readonly Link[] AgencyTrail = [Home, AgenciesCrumb];
    private static readonly Link[] EpisodeTrail = [Home, EpisodesCrumb];

    public IEnumerable<Page> All()
    {
        yield return HomePage();
        yield return SectionsIndex();
        foreach (var page in Enumerable.Range(0, site.Sections.Count).ToList().SelectInOrder(SectionPage)) yield return page;
        yield return Listing("/agencies/", "agencies", "Agencies", "The intelligence agencies, policy bodies and overseers in this story, by country.",
            site.Agencies.GroupBy(a => a.Country).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Group(g.Key == "UK" ? "United Kingdom" : "United States", $"country-{g.Key.ToLowerInvariant()}", g.Select(LinkTo).ToList())));
        foreach (var page in site.Agencies.SelectInOrder(AgencyPage)) yield return page;
        yield return Listing("/episodes/", "list", "Episodes", "The events that shaped the partnership, from the 1940s to 2020, oldest first.",
            [new Group("All episodes", "all", site.Episodes.Select(e => DatedLinkTo(e)).ToList())]);
        // Each episode page weighs its related episodes through the indexes: the most work here, and independent.
        foreach (var page in Enumerable.Range(0, site.Episodes.Count).ToList().SelectInOrder(EpisodePage)) yield return page;
        yield return Listing("/timeline/", "timeline", "Timeline", "Every episode on one time axis, oldest first.",
            site.Episodes.GroupBy(e => e.Date.Year / 10 * 10)
                .Select(g => new Group($"{g.Key}s", $"decade-{g.Key}", g.Select(e => DatedLinkTo(e)).ToList())));
        yield return PeoplePage();
        yield return GlossaryPage();
        yield return SourcesPage(site, []);
        yield return Simple("/about/", "about", "About this site", $"What this site is, and the article by {site.Site.Article.Author} it explains.",
            new AboutView(site.Site.Article, site.Site.Licence));
        yield return Simple("/404.html", "notfound", "Page not found", "There is no page at this address.", new ListView("", []));
    }

    // One link for each entity, shared by every page that links to it: links live as long as the pages' views, for
    // the whole build, and made anew for each page they were a fifth of the objects the collections had to copy
    // while the model was made (an agency's link appears on every episode page that names it).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IEntity, Link> links = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IEntity, Link> notedLinks = new(ReferenceEqualityComparer.Instance);

    public Link LinkTo(IEntity entity) => links.GetOrAdd(entity, e => new(e.DisplayName, SiteModel.UrlOf(e), e.Summary));

    /// <summary>A link to an episode with its date as the note, as lists of episodes show them.</summary>
    private Link DatedLinkTo(Episode episode) => Noted(episode, episode.DateDisplay);

    /// <summary>A link to an agency with its full name as the note.</summary>
    private Link NamedLinkTo(Agency agency) => Noted(agency, agency.Name);

    // Looked up first, so the link already made costs no closure: these are asked for ten times an episode page.
    private Link Noted(IEntity entity, string note) =>
        notedLinks.TryGetValue(entity, out var link) ? link : notedLinks.GetOrAdd(entity, LinkTo(entity) with { Note = note });

    private Page HomePage()
    {
        var article = site.Site.Article;
        var view = new HomeView(
            site.Sections.Select(LinkTo).ToList(),
            site.Episodes.Select(e => DatedLinkTo(e)).ToList(),
            site.Agencies.Select(a => NamedLinkTo(a)).ToList(),
            new Link(article.Title, article.Url),
            $"{article.Author}, {article.Publication}, {article.Date.Display}");
        return new Page("/", "home", site.Site.Title, site.Site.Description, SourceSpan.File("input/site.yml"), [], view, [], [site.Site.Article.Source]);
    }

    private Page SectionsIndex() =>
        Listing("/sections/", "list", "The story", "The explainer in order, one chapter at a time.",
            [new Group("Chapters", "chapters", site.Sections.Select(LinkTo).ToList())]);

    private Page SectionPage(int index)
    {
        var section = site.Sections[index];
        var previous = index > 0 ? LinkTo(site.Sections[index - 1]) : null;
        var next = index + 1 < site.Sections.Count ? LinkTo(site.Sections[index + 1]) : null;
        var words = CountWords(section.Body.Text);
        var view = new SectionView(section, index + 1, previous, next, Math.Max(1, (int)Math.Round(words / 200.0)), section.Reviewed?.Display);
        return new Page(SiteModel.UrlOf(section), "section", section.Title, section.Summary, section.Location,
            SectionTrail, view, Body(section.Body), section.Sources);
    }

    private static (string Key, MarkdownText Text)[] Body(MarkdownText body) => [("body", body)];

    // What Split(null, RemoveEmptyEntries).Length gives, without a string for every word.
    internal static int CountWords(string text)
    {
        var (words, inWord) = (0, false);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private Page AgencyPage(Agency agency)
    {
        var episodes = site.EpisodesByAgency[agency.Id].ToList();
        // Linked by their role (the person's own agency field), not by the episodes they appear in.
        var people = site.PeopleByAgency[agency.Id].Select(p => LinkTo(p) with { Note = p.Role }).ToList();
        var relations = site.RelationsOf[agency.Id].Select(link => RelationText(agency, link)).ToList();
        var facts = new List<Fact>
        {
            new("Full name", agency.Name),
            new("Country", agency.Country == "UK" ? "United Kingdom" : "United States"),
            new("Kind", KindText(agency.Kind)),
            new("Founded", agency.Founded.Display),
            new("Answers to", agency.Parent),
        };
        if (agency.Headquarters is { } hq) facts.Add(new Fact("Headquarters", hq));
        var view = new AgencyView(agency, facts, episodes.Select(e => DatedLinkTo(e)).ToList(), people, relations);
        return new Page(SiteModel.UrlOf(agency), "agency", $"{agency.Name} ({agency.ShortName})", agency.Summary, agency.Location,
            AgencyTrail, view, Body(agency.Body), agency.Sources);
    }

    private Link RelationText(Agency self, AgencyLink link)
    {
        var outgoing = link.From == self.Id;
        var other = site.Find(EntityKind.Agency, outgoing ? link.Relation.Agency.Id : link.From) as Agency;
        var name = other?.ShortName ?? link.Relation.Agency.Id;
        var verb = (link.Relation.Kind, outgoing) switch
        {
            ("shares", _) => "Shares intelligence with",
            ("lobbied", true) => "Lobbied",
            ("lobbied", false) => "Lobbied by",
            ("oversees", true) => "Oversees",
            ("oversees", false) => "Overseen by",
            ("embeds", true) => "Places staff in",
            _ => "Hosts staff from",
        };
        return new Link($"{verb} {name}", other is null ? "/agencies/" : SiteModel.UrlOf(other), link.Relation.Note);
    }

    private static string KindText(string kind) => kind switch
    {
        "signals" => "Signals intelligence",
        "human" => "Human intelligence",
        "policy" => "Policy",
        _ => "Oversight",
    };

    private Page EpisodePage(int index)
    {
        var episode = site.Episodes[index];
        var agencies = episode.Agencies.Select(r => site.Find(EntityKind.Agency, r.Id)).OfType<Agency>().Select(a => NamedLinkTo(a)).ToArray();
        var people = episode.People.Select(r => site.Find(EntityKind.Person, r.Id)).OfType<Person>().Select(LinkTo).ToArray();
        var related = RelatedTo(episode, index);
        var facts = new List<Fact> { new("Date", episode.DateDisplay) };
        if (episode.DateStatusNote is { } dateNote) facts.Add(new("About the date", dateNote));
        facts.Add(new("Outcome", episode.Outcome));
        var view = new EpisodeView(episode, facts, agencies, people,
            index > 0 ? LinkTo(site.Episodes[index - 1]) : null,
            index + 1 < site.Episodes.Count ? LinkTo(site.Episodes[index + 1]) : null, related);
        return new Page(SiteModel.UrlOf(episode), "episode", episode.Title, episode.Summary, episode.Location,
            EpisodeTrail, view, Body(episode.Body), episode.Sources);
    }

    /// <summary>
    /// The three episodes sharing most agencies and people with this one; ties go to the earlier episode (the site's
    /// order is by date). Each score is summed while walking the index of who appears where, so only episodes that
    /// share something are ever looked at, and none is looked up again to count what it shares.
    /// </summary>
    private Link[] RelatedTo(Episode episode, int index)
    {
        var scores = scoresOnThisThread ??= [];
        scores.Clear();
        foreach (var id in episode.Agencies.Select(a => a.Id).Concat(episode.People.Select(p => p.Id)).Distinct(StringComparer.Ordinal))
        {
            foreach (var other in episodesNaming[id])
            {
                if (other != index) scores[other] = scores.GetValueOrDefault(other) + 1;
            }
        }
        // The best three kept as the scores are read, rather than every score sorted: an agency of a large site is
        // named by hundreds of episodes.
        Span<(int Episode, int Score)> best = [(-1, 0), (-1, 0), (-1, 0)];
        foreach (var (other, score) in scores)
        {
            for (var place = 0; place < best.Length; place++)
            {
                if (best[place].Episode >= 0 && (score < best[place].Score || (score == best[place].Score && other > best[place].Episode))) continue;
                best[place..^1].CopyTo(best[(place + 1)..]);
                best[place] = (other, score);
                break;
            }
        }
        var related = new List<Link>(best.Length);
        foreach (var (other, _) in best)
        {
            if (other >= 0) related.Add(DatedLinkTo(site.Episodes[other]));
        }
        return [.. related];
    }

    // Each thread's scores, emptied for its next episode: grown anew for each, their resizing was 1.6 % of what a
    // 1,000-episode build allocated, in the stretch before the page pass where one core does most of the work.
    [ThreadStatic] private static Dictionary<int, int>? scoresOnThisThread;

    // Agency or person id → the position of every episode naming it, once for each time it is named.
    private readonly ILookup<string, int> episodesNaming = site.Episodes
        .SelectMany((e, i) => e.Agencies.Select(a => (a.Id, i)).Concat(e.People.Select(p => (p.Id, i))))
        .ToLookup(p => p.Id, p => p.i, StringComparer.Ordinal);

    private Page PeoplePage()
    {
        var views = site.People.Select(p => new PersonView(p, $"person-{p.Id}", PersonFacts(p),
            site.EpisodesByPerson[p.Id].Select(e => DatedLinkTo(e)).ToList())).ToList();
        var markdown = site.People.Where(p => p.Body is not null).Select(p => ($"person-{p.Id}", p.Body!)).ToList();
        return new Page("/people/", "people", "People", "The people in this story, and the interviewees the article quotes by their role.",
            SourceSpan.File("input/people"), [Home], new PeopleView(views), markdown, site.People.SelectMany(p => p.Sources).ToList());
    }

    /// <summary>A person's role, and the body they belonged to or spoke for: an agency's page, or a body named in words.</summary>
    private Fact[] PersonFacts(Person person)
    {
        var body = person.Agency is { } id && site.Find(EntityKind.Agency, id.Id) is Agency agency
            ? new Fact("Organisation", $"{agency.Name} ({agency.ShortName})", SiteModel.UrlOf(agency))
            : person.Organisation is { } organisation ? new Fact("Organisation", organisation) : null;
        return body is null ? [new("Role", person.Role)] : [new("Role", person.Role), body];
    }

    private Page GlossaryPage()
    {
        var views = site.Glossary.Select(g => new TermView(g, g.Body is null ? null : $"term-{g.Id}")).ToList();
        var markdown = site.Glossary.Where(g => g.Body is not null).Select(g => ($"term-{g.Id}", g.Body!)).ToList();
        return new Page("/glossary/", "glossary", "Glossary", "Plain-English definitions of the terms used on this site.",
            SourceSpan.File("input/glossary"), [Home], new GlossaryView(views), markdown, site.Glossary.SelectMany(g => g.Sources).ToList());
    }

    public const string SourcesUrl = "/sources/";

    /// <summary>The sources page, with every page that cites each source (known only once all pages are rendered).</summary>
    /// <remarks>Static: it is made again after every other page, on one core while the other waits, and a factory made
    /// for it built the index of related episodes again for nothing.</remarks>
    public static Page SourcesPage(SiteModel site, IReadOnlyList<CitingPage> citing)
    {
        var citedOn = citing.SelectMany(c => c.SourceIds.Select(id => (Id: id, c.Page))).ToLookup(p => p.Id, p => p.Page);
        var entries = site.Sources.Select(s => new SourceEntry(s, s.Date?.Display, citedOn[s.Id].DistinctBy(l => l.Url).ToList())).ToList();
        return new Page(SourcesUrl, "sources", "Sources", "Every source this site relies on, and the pages that cite it.",
            SourceSpan.File("input/sources"), [Home], new SourcesView(entries), [], []);
    }

    private static Page Listing(string url, string layout, string title, string intro, IEnumerable<Group> groups) =>
        new(url, layout, title, intro, SourceSpan.File($"theme/layouts/{layout}.liquid"), [Home], new ListView(intro, groups.ToList()), [], []);

    private static Page Simple(string url, string layout, string title, string description, object data) =>
        new(url, layout, title, description, SourceSpan.File($"theme/layouts/{layout}.liquid"), [Home], data, [], []);
}
