using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Data;

/// <summary>A term a newcomer may not know: <c>input/glossary/&lt;id&gt;.yml</c>.</summary>
public sealed record GlossaryTerm(
    string Id, SourceSpan Location, string Term, string Short, MarkdownText? Body, IReadOnlyList<string> Matches, IReadOnlyList<Ref> Sources) : IEntity
{
    public string DisplayName => Term;

    public string Summary => Short;

    public static GlossaryTerm? Read(string id, FieldReader r)
    {
        var term = r.Text("term");
        var definition = r.Text("short");
        var body = r.Markdown("body", required: false);
        var matches = r.TextList("matches");
        var sources = r.Refs("sources");
        r.ReportUnknownFields();
        return term is null || definition is null ? null : new GlossaryTerm(id, r.Location, term, definition, body, matches, sources);
    }
}
