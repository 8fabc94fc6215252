using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>
/// Every entity of the site, checked against each other, with the indexes pages need
/// (agency to episodes, person to episodes, relations both ways) built once.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<string, Dictionary<string, IEntity>> byKind;

    public SiteModel(SiteInfo site, IEnumerable<Section> sections, IEnumerable<Agency> agencies, IEnumerable<Episode> episodes,
        IEnumerable<Person> people, IEnumerable<GlossaryTerm> glossary, IEnumerable<Source> sources)
    {
        Site = site;
        Sections = sections.OrderBy(s => s.Order).ToList();
        Agencies = agencies.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        Episodes = episodes.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        People = people.OrderBy(p => p.Anonymous).ThenBy(p => p.SortKey, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        Glossary = glossary.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).ToList();
        Sources = sources.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase).ToList();
        byKind = new Dictionary<string, Dictionary<string, IEntity>>
        {
            [EntityKind.Section] = Index(Sections),
            [EntityKind.Agency] = Index(Agencies),
            [EntityKind.Episode] = Index(Episodes),
            [EntityKind.Person] = Index(People),
            [EntityKind.Glossary] = Index(Glossary),
            [EntityKind.Source] = Index(Sources),
        };
        EpisodesByAgency = Episodes.SelectMany(e => e.Agencies.Select(a => (a.Id, e))).ToLookup(p => p.Id, p => p.e);
        EpisodesByPerson = Episodes.SelectMany(e => e.People.Select(p => (p.Id, e))).ToLookup(p => p.Id, p => p.e);
        PeopleByAgency = People.Where(p => p.Agency is not null).ToLookup(p => p.Agency!.Value.Id, StringComparer.Ordinal);
        RelationsOf = Agencies
            .SelectMany(a => a.Relations.SelectMany(r => new[] { (Key: a.Id, Link: new AgencyLink(a.Id, r)), (Key: r.Agency.Id, Link: new AgencyLink(a.Id, r)) }))
            .ToLookup(p => p.Key, p => p.Link);
        foreach (var list in new IEnumerable<IEntity>[] { Agencies, Episodes })
        {
            foreach (var (entity, i) in list.Select((e, i) => (e, i))) positions[entity] = i;
        }
    }

    // By reference: hashing a record would hash every field, bodies included.
    private readonly Dictionary<IEntity, int> positions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where an agency or episode stands in <see cref="Agencies"/> or <see cref="Episodes"/>, without a search per page.</summary>
    public int PositionOf(IEntity entity) => positions[entity];

    public SiteInfo Site { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Agency> Agencies { get; }
    public IReadOnlyList<Episode> Episodes { get; }
    public IReadOnlyList<Person> People { get; }
    public IReadOnlyList<GlossaryTerm> Glossary { get; }
    public IReadOnlyList<Source> Sources { get; }
    public ILookup<string, Episode> EpisodesByAgency { get; }
    public ILookup<string, Episode> EpisodesByPerson { get; }

    /// <summary>Agency id → the people who belonged to it or spoke for it (their <c>agency</c> field), in the order of <see cref="People"/>.</summary>
    public ILookup<string, Person> PeopleByAgency { get; }
    public ILookup<string, AgencyLink> RelationsOf { get; }

    public IEntity? Find(string kind, string id) =>
        byKind.TryGetValue(kind, out var entities) && entities.TryGetValue(id, out var entity) ? entity : null;

    public IEnumerable<string> IdsOf(string kind) => byKind.TryGetValue(kind, out var entities) ? entities.Keys : [];

    public T Get<T>(string kind, string id) where T : class, IEntity => (T)Find(kind, id)!;

    public static string UrlOf(IEntity entity) => entity switch
    {
        Section s => $"/sections/{s.Id}/",
        Agency a => $"/agencies/{a.Id}/",
        Episode e => $"/episodes/{e.Id}/",
        Person p => $"/people/#{p.Id}",
        GlossaryTerm g => $"/glossary/#{g.Id}",
        Source s => $"/sources/#{s.Id}",
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };

    /// <summary>Every id written in the data must name an entity of the right kind (DATA004).</summary>
    public void CheckReferences(DiagnosticBag diagnostics)
    {
        void Check(IEnumerable<Ref> refs, string kind, string what)
        {
            foreach (var r in refs.Where(r => Find(kind, r.Id) is null))
            {
                diagnostics.Error(r.At, "DATA004", $"{what} '{r.Id}' is not defined in input/{Folder(kind)}/{Suggest.DidYouMean(r.Id, IdsOf(kind))}");
            }
        }

        Check([Site.Article.Source], EntityKind.Source, "source");
        foreach (var s in Sections) Check(s.Sources, EntityKind.Source, "source");
        foreach (var a in Agencies)
        {
            Check(a.Sources, EntityKind.Source, "source");
            Check(a.Relations.Select(r => r.Agency), EntityKind.Agency, "agency");
            Check(a.Relations.SelectMany(r => r.Episodes), EntityKind.Episode, "episode");
        }
        foreach (var e in Episodes)
        {
            Check(e.Agencies, EntityKind.Agency, "agency");
            Check(e.People, EntityKind.Person, "person");
            Check(e.Sources, EntityKind.Source, "source");
        }
        foreach (var p in People)
        {
            Check(p.Sources, EntityKind.Source, "source");
            if (p.Agency is { } agency) Check([agency], EntityKind.Agency, "agency");
        }
        foreach (var g in Glossary) Check(g.Sources, EntityKind.Source, "source");
    }

    public static string Folder(string kind) => kind switch
    {
        EntityKind.Section => "sections",
        EntityKind.Agency => "agencies",
        EntityKind.Episode => "episodes",
        EntityKind.Person => "people",
        EntityKind.Glossary => "glossary",
        _ => "sources",
    };

    private static Dictionary<string, IEntity> Index(IEnumerable<IEntity> entities)
    {
        var index = new Dictionary<string, IEntity>(StringComparer.Ordinal);
        foreach (var entity in entities) index.TryAdd(entity.Id, entity); // duplicates are reported when parsed
        return index;
    }
}

/// <summary>A relation seen from either end: who it starts from, and the relation itself.</summary>
public sealed record AgencyLink(string From, Relation Relation);
