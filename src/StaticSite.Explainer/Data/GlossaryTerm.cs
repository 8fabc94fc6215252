using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>A term a newcomer may not know: <c>input/glossary/&lt;id&gt;.yml</c>.</summary>
public sealed record GlossaryTerm(
    string Id, SourceSpan Location, string Term, string Short, MarkdownText? Body, IReadOnlyList<string> AlsoKnownAs,
    IReadOnlyList<string> Matches, IReadOnlyList<Ref> Sources) : IEntity
{
    /// <summary>Every spelling linked in body text: the term, the other names readers are shown, and the spellings only matched.</summary>
    public IEnumerable<string> Spellings => AlsoKnownAs.Concat(Matches).Prepend(Term);

    public string DisplayName => Term;

    public string Summary => Short;

    public static GlossaryTerm? Read(string id, FieldReader r)
    {
        var term = r.Text("term");
        var definition = r.Text("short");
        var body = r.Markdown("body", required: false);
        var alsoKnownAs = r.TextList("also_known_as");
        var matches = r.TextList("matches");
        var sources = r.Refs("sources");
        r.ReportUnknownFields();
        return term is null || definition is null ? null : new GlossaryTerm(id, r.Location, term, definition, body, alsoKnownAs, matches, sources);
    }
}
