using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>An intelligence, policy or oversight body: <c>input/agencies/&lt;id&gt;.yml</c>.</summary>
/// <param name="AlsoKnownAs">Other names that find the agency in search ("MI6" for SIS).</param>
public sealed record Agency(
    string Id, SourceSpan Location, string Name, string ShortName, string Country, string Kind, PartialDate Founded,
    string Parent, string? Headquarters, string Summary, MarkdownText Body, IReadOnlyList<Relation> Relations,
    IReadOnlyList<Alias> Aliases, IReadOnlyList<Ref> Sources, IReadOnlyList<string> AlsoKnownAs) : IEntity
{
    public static readonly string[] Countries = ["UK", "US"];
    public static readonly string[] Kinds = ["signals", "human", "policy", "oversight"];

    public string DisplayName => ShortName;

    /// <summary>The country's name as pages write it.</summary>
    public string CountryName => CountryNameOf(Country);

    public static string CountryNameOf(string country) => country == "UK" ? "United Kingdom" : "United States";

    /// <summary>The kind of body as pages write it.</summary>
    public string KindName => Kind switch
    {
        "signals" => "Signals intelligence",
        "human" => "Human intelligence",
        "policy" => "Policy",
        _ => "Oversight",
    };

    public static Agency? Read(string id, FieldReader r)
    {
        var name = r.Text("name");
        var shortName = r.Text("short_name");
        var country = r.Choice("country", Countries);
        var kind = r.Choice("kind", Kinds);
        var founded = r.Date("founded");
        var parent = r.Text("parent");
        var headquarters = r.Text("headquarters", required: false);
        var summary = r.Text("summary");
        var body = r.Markdown("body");
        var relations = r.MappingList("relations").Select(Relation.Read).OfType<Relation>().ToList();
        // Read like ids so that each path keeps its position: a collision is reported where it was written.
        var aliases = r.Refs("aliases").Select(a => new Alias(a.Id, a.At)).ToList();
        var alsoKnownAs = r.TextList("also_known_as");
        var sources = r.Refs("sources", required: true);
        r.ReportUnknownFields();
        return name is null || shortName is null || country is null || kind is null || founded is null || parent is null || summary is null || body is null
            ? null
            : new Agency(id, r.Location, name, shortName, country, kind, founded, parent, headquarters, summary, body, relations, aliases, sources, alsoKnownAs);
    }
}

/// <summary>A link from one agency to another, shown on the relationship map.</summary>
public sealed record Relation(Ref Agency, string Kind, string? Note, IReadOnlyList<Ref> Episodes)
{
    public static readonly string[] Kinds = ["shares", "lobbied", "oversees", "embeds", "delegation"];

    public static Relation? Read(FieldReader r)
    {
        var agency = r.RefField("agency");
        var kind = r.Choice("kind", Kinds);
        var note = r.Text("note", required: false);
        var episodes = r.Refs("episodes");
        r.ReportUnknownFields();
        return agency is not { } to || kind is null ? null : new Relation(to, kind, note, episodes);
    }

    /// <summary>
    /// What the relation says, in running text, read from the agency it starts from or from the other end, or of both
    /// when each agency states it of the other.
    /// </summary>
    public string Verb(bool outgoing = true, bool bothWays = false) => (Kind, outgoing) switch
    {
        ("embeds", _) when bothWays => "exchanges staff with",
        ("shares", _) => "shares intelligence with",
        ("lobbied", true) => "lobbied",
        ("lobbied", false) => "lobbied by",
        ("oversees", true) => "oversees",
        ("oversees", false) => "overseen by",
        ("embeds", true) => "places staff in",
        ("delegation", _) => "was in a delegation with",
        _ => "hosts staff from",
    };
}
