using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>Someone in the story, or an anonymous interviewee by role: <c>input/people/&lt;id&gt;.yml</c>.</summary>
/// <param name="Agency">The agency on this site the person belonged to or spoke for; they are listed on its page.</param>
/// <param name="Organisation">The body they belonged to or spoke for when it has no page here, such as a government.</param>
/// <param name="AlsoKnownAs">Other spellings of the name that find the person in search (the article's "Mohammed").</param>
public sealed record Person(
    string Id, SourceSpan Location, string Name, string Role, Ref? Agency, string? Organisation, bool Anonymous, string Summary,
    MarkdownText? Body, IReadOnlyList<Ref> Sources, IReadOnlyList<string> AlsoKnownAs) : IEntity
{
    public string DisplayName => Name;

    /// <summary>What a list of people is sorted by: the surname (the name's last word) first; anonymous people sort by their role.</summary>
    public string SortKey => Anonymous ? Name : $"{Name[(Name.LastIndexOf(' ') + 1)..]} {Name}";

    public static Person? Read(string id, FieldReader r)
    {
        var name = r.Text("name");
        var role = r.Text("role");
        var agency = r.OptionalRef("agency");
        var organisation = r.Text("organisation", required: false);
        var anonymous = r.Bool("anonymous");
        var summary = r.Text("summary");
        var body = r.Markdown("body", required: false);
        var alsoKnownAs = r.TextList("also_known_as");
        var sources = r.Refs("sources", required: true);
        r.ReportUnknownFields();
        return name is null || role is null || summary is null
            ? null
            : new Person(id, r.Location, name, role, agency, organisation, anonymous, summary, body, sources, alsoKnownAs);
    }
}
