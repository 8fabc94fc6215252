using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>
/// Every entity of the site, checked against each other, with the indexes pages need
/// (agency to episodes, person to episodes, relations both ways) built once.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<EntityKind, System.Collections.IList> lists = [];
    private readonly Dictionary<EntityKind, Dictionary<string, IEntity>> byKind = [];

    /// <param name="entities">Every kind's entities, in any order (each kind orders its own).</param>
    public SiteModel(SiteInfo site, IReadOnlyDictionary<EntityKind, IEnumerable<IEntity>> entities)
    {
        Site = site;
        foreach (var kind in EntityKind.All)
        {
            var list = kind.Ordered(entities.TryGetValue(kind, out var given) ? given : []);
            lists[kind] = list;
            byKind[kind] = Index(list.Cast<IEntity>());
        }
        Sections = All(EntityKind.Section);
        Agencies = All(EntityKind.Agency);
        Episodes = All(EntityKind.Episode);
        People = All(EntityKind.Person);
        Glossary = All(EntityKind.Glossary);
        Sources = All(EntityKind.Source);
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

    /// <summary>Every entity of <paramref name="kind"/>, in the site's order.</summary>
    public IReadOnlyList<T> All<T>(EntityKind<T> kind) where T : class, IEntity => (List<T>)lists[kind];

    /// <summary>Every entity of <paramref name="kind"/>, in the site's order.</summary>
    public IEnumerable<IEntity> All(EntityKind kind) => lists[kind].Cast<IEntity>();

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

    public IEntity? Find(EntityKind kind, string id) => byKind[kind].GetValueOrDefault(id);

    public IEnumerable<string> IdsOf(EntityKind kind) => byKind[kind].Keys;

    public T Get<T>(EntityKind<T> kind, string id) where T : class, IEntity => (T)Find(kind, id)!;

    public static string UrlOf(IEntity entity) => EntityKind.Of(entity).UrlOf(entity);

    /// <summary>Every id written in the data must name an entity of the right kind (DATA004).</summary>
    public void CheckReferences(DiagnosticBag diagnostics)
    {
        void Check(Ref r, EntityKind kind)
        {
            if (Find(kind, r.Id) is not null) return;
            diagnostics.Error(r.At, "DATA004", $"{kind.Name} '{r.Id}' is not defined in input/{kind.Folder}/{Suggest.DidYouMean(r.Id, IdsOf(kind))}");
        }

        Check(Site.Article.Source, EntityKind.Source);
        foreach (var kind in EntityKind.All)
        {
            foreach (var entity in All(kind))
            {
                foreach (var (id, target) in kind.References(entity)) Check(id, target);
            }
        }
    }

    private static Dictionary<string, IEntity> Index(IEnumerable<IEntity> entities)
    {
        var index = new Dictionary<string, IEntity>(StringComparer.Ordinal);
        foreach (var entity in entities) index.TryAdd(entity.Id, entity); // duplicates are reported when parsed
        return index;
    }
}

/// <summary>A relation seen from either end: who it starts from, and the relation itself.</summary>
public sealed record AgencyLink(string From, Relation Relation);
