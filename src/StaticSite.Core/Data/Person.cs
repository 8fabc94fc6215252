using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Data;

/// <summary>Someone in the story, or an anonymous interviewee by role: <c>input/people/&lt;id&gt;.yml</c>.</summary>
public sealed record Person(
    string Id, SourceSpan Location, string Name, string Role, bool Anonymous, string Summary, MarkdownText? Body, IReadOnlyList<Ref> Sources) : IEntity
{
    public string DisplayName => Name;

    public static Person? Read(string id, FieldReader r)
    {
        var name = r.Text("name");
        var role = r.Text("role");
        var anonymous = r.Bool("anonymous");
        var summary = r.Text("summary");
        var body = r.Markdown("body", required: false);
        var sources = r.Refs("sources", required: true);
        r.ReportUnknownFields();
        return name is null || role is null || summary is null ? null : new Person(id, r.Location, name, role, anonymous, summary, body, sources);
    }
}
