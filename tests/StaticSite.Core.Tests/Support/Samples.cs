using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Core.Tests.Support;

/// <summary>Small hand-made entities for drawing tests, so each test states the data it draws.</summary>
internal static class Samples
{
    private static readonly SourceSpan At = SourceSpan.File("input/test.yml");
    private static readonly MarkdownText Body = new("Body.", At, 0);

    public static Episode Episode(string id, string title, string date, string? end = null) =>
        new(id, At, title, PartialDate.TryParse(date)!, end is null ? null : PartialDate.TryParse(end), null, [new Ref("gchq", At)], [],
            $"Summary of {title}.", Body, "It ended.", false, []);

    public static Agency Agency(string id, string shortName, string country, params Relation[] relations) =>
        new(id, At, $"{shortName} full name", shortName, country, "signals", new PartialDate(1919), "Parent", null, $"About {shortName}.",
            Body, relations, [], [], []);

    public static Relation Relation(string to, string kind, string? note = null) => new(new Ref(to, At), kind, note, []);

    public static SiteModel Model(IEnumerable<Agency> agencies, IEnumerable<Episode>? episodes = null) =>
        new(new SiteInfo("T", "D", "https://example.org/", "en-GB", new Licence("L", "https://example.org/l"),
                new ArticleInfo("A", "Au", "P", new PartialDate(2020), "https://example.org/a", new Ref("s", At))),
            new Dictionary<EntityKind, IEnumerable<IEntity>> { [EntityKind.Agency] = agencies, [EntityKind.Episode] = episodes ?? [] });
}
