using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Data;

/// <summary>
/// One kind of entity, described once: the name <c>xref:</c> and messages use, its folder in <c>input/</c> and the
/// pipeline that reads it, its URL, its order, the ids it names of other kinds, and what other pages' Markdown reads
/// of it. The model, the reference check, the pipelines and the preview's caches all read these descriptions.
/// </summary>
public abstract class EntityKind
{
    private protected EntityKind(string name, string what, string folder, string pipeline, bool ownPage)
    {
        (Name, What, Folder, Pipeline, OwnPage) = (name, what, folder, pipeline, ownPage);
        folderUrl = $"/{folder}/";
    }

    private readonly string folderUrl;

    /// <summary>The kind as written after <c>xref:</c> (<c>xref:agency/gchq</c>).</summary>
    public string Name { get; }

    /// <summary>One of the kind, as a message names it ("glossary term").</summary>
    public string What { get; }

    /// <summary>Its folder in <c>input/</c>; also the first segment of its URLs.</summary>
    public string Folder { get; }

    /// <summary>The pipeline that reads it (and the name <c>--timings</c> shows).</summary>
    public string Pipeline { get; }

    /// <summary>Each entity has a page of its own (<c>/agencies/gchq/</c>), else an anchor on the kind's page (<c>/people/#id</c>).</summary>
    public bool OwnPage { get; }

    public abstract Type Type { get; }

    public virtual string UrlOf(IEntity entity) => UrlOf(entity.Id);

    /// <summary>The URL of the entity with this id: its page, or its anchor on the kind's page.</summary>
    /// <remarks>Concatenated from a prefix made once: it runs for every link on every page.</remarks>
    public string UrlOf(string id) => OwnPage ? string.Concat(folderUrl, id, "/") : string.Concat(folderUrl, "#", id);

    /// <summary>The pipeline's Process module: the files of <see cref="Folder"/> to entities.</summary>
    internal abstract IModule Parser(ParsedFileCache? cache);

    internal abstract string[] Extensions { get; }

    /// <summary>The extensions its files may have; the first is the one <c>new</c> writes.</summary>
    public IReadOnlyList<string> FileExtensions => Extensions;

    /// <summary>Its files are Markdown with front matter (sections), else YAML (or Markdown with the body after the front matter).</summary>
    public bool IsMarkdown => Extensions[0] == ".md";

    /// <summary>The fields of its files, in the order its reader asks for them, as the build checks them.</summary>
    public IReadOnlyList<FieldSpec> Fields => FieldReader.Describe(DescribeFields);

    private protected abstract void DescribeFields(FieldReader reader);

    /// <summary>Its entities in the site's order.</summary>
    internal abstract System.Collections.IList Ordered(IEnumerable<IEntity> entities);

    /// <summary>Every id the entity names, each with the kind it must be.</summary>
    internal abstract IEnumerable<(Ref Id, EntityKind Kind)> References(IEntity entity);

    /// <summary>Adds what other pages' Markdown reads of the entity besides its kind, id and name (see MarkdownInputs).</summary>
    internal abstract void AddReferable(IEntity entity, Fingerprint fingerprint);

    public static readonly EntityKind<Section> Section = new("section", "section", "sections", "Sections", ownPage: true,
        read: null, order: all => all.OrderBy(s => s.Order), references: s => [.. s.Sources.Select(Cites)]);

    public static readonly EntityKind<Agency> Agency = new("agency", "agency", "agencies", "Agencies", ownPage: true,
        read: Data.Agency.Read, order: all => all.OrderBy(a => a.Name, StringComparer.Ordinal),
        references: a => [.. a.Sources.Select(Cites), .. a.Relations.Select(r => (r.Agency, (EntityKind)Agency!)),
            .. a.Relations.SelectMany(r => r.Episodes).Select(e => (e, (EntityKind)Episode!))]);

    public static readonly EntityKind<Episode> Episode = new("episode", "episode", "episodes", "Episodes", ownPage: true,
        read: Data.Episode.Read, order: all => all.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal),
        references: e => [.. e.Agencies.Select(a => (a, (EntityKind)Agency)), .. e.People.Select(p => (p, (EntityKind)Person!)), .. e.Sources.Select(Cites)]);

    public static readonly EntityKind<Person> Person = new("person", "person", "people", "People", ownPage: false,
        read: Data.Person.Read,
        order: all => all.OrderBy(p => p.Anonymous).ThenBy(p => p.SortKey, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal),
        references: p => [.. p.Sources.Select(Cites), .. (p.Agency is { } agency ? [(agency, (EntityKind)Agency)] : Array.Empty<(Ref, EntityKind)>())]);

    public static readonly EntityKind<GlossaryTerm> Glossary = new("glossary", "glossary term", "glossary", "Glossary", ownPage: false,
        read: GlossaryTerm.Read, order: all => all.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase), references: g => [.. g.Sources.Select(Cites)])
    {
        Referable = (g, fingerprint) =>
        {
            fingerprint.Add(g.Term).Add(g.Short).Add(g.AlsoKnownAs.Count + g.Matches.Count);
            foreach (var match in g.AlsoKnownAs.Concat(g.Matches)) fingerprint.Add(match);
        },
    };

    public static readonly EntityKind<Source> Source = new("source", "source", "sources", "Sources", ownPage: false,
        read: Data.Source.Read, order: all => all.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase), references: _ => [])
    {
        Referable = (s, fingerprint) => fingerprint.Add(s.Title).Add(s.Publisher).Add(s.Date?.Display).Add(s.Url),
    };

    public static readonly EntityKind<Event> Event = new("event", "event", "events", "Events", ownPage: false,
        read: Data.Event.Read, order: all => all.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal),
        references: e => [e.Owner, .. e.Sources.Select(Cites)])
    {
        // Listed on its agency's or episode's page.
        Url = e => $"{e.Owner.Kind.UrlOf(e.Owner.Id.Id)}#event-{e.Id}",
    };

    /// <summary>Every kind, in the order the site reads them.</summary>
    public static readonly IReadOnlyList<EntityKind> All = [Section, Agency, Episode, Person, Glossary, Source, Event];

    /// <summary>The kind <c>xref:</c> names so, if any.</summary>
    public static EntityKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind of <paramref name="entity"/>.</summary>
    public static EntityKind Of(IEntity entity) => ByType[entity.GetType()];

    private static readonly Dictionary<Type, EntityKind> ByType = All.ToDictionary(k => k.Type);

    private static (Ref, EntityKind) Cites(Ref source) => (source, Source!);
}

/// <summary>An <see cref="EntityKind"/> whose entities are <typeparamref name="T"/>.</summary>
/// <param name="read">Reads one file's fields; null for a kind with its own parser (sections).</param>
public sealed class EntityKind<T>(
    string name, string what, string folder, string pipeline, bool ownPage, Func<string, FieldReader, T?>? read,
    Func<IEnumerable<T>, IEnumerable<T>> order, Func<T, IEnumerable<(Ref Id, EntityKind Kind)>> references)
    : EntityKind(name, what, folder, pipeline, ownPage) where T : class, IEntity
{
    public override Type Type => typeof(T);

    /// <summary>What other pages' Markdown reads of one, besides its kind, id and name; null for nothing more.</summary>
    internal Action<T, Fingerprint>? Referable { get; init; }

    /// <summary>Where one is, when not at the kind's own URL (an event: on its owner's page).</summary>
    public Func<T, string>? Url { get; init; }

    public override string UrlOf(IEntity entity) => Url is null ? base.UrlOf(entity) : Url((T)entity);

    internal override IModule Parser(ParsedFileCache? cache) =>
        read is null ? new ParseSections(cache) : new ParseEntities<T>(read, cache);

    internal override string[] Extensions => read is null ? [".md"] : [".yml", ".yaml", ".md"];

    // A kind without a reader of its own is read by ParseSections, whose fields are the section's front matter.
    private protected override void DescribeFields(FieldReader reader)
    {
        if (read is null) Data.Section.Read("", reader, new MarkdownText("", default, 0));
        else read("", reader);
    }

    internal override System.Collections.IList Ordered(IEnumerable<IEntity> entities) => order(entities.Cast<T>()).ToList();

    internal override IEnumerable<(Ref Id, EntityKind Kind)> References(IEntity entity) => references((T)entity);

    internal override void AddReferable(IEntity entity, Fingerprint fingerprint) => Referable?.Invoke((T)entity, fingerprint);
}
