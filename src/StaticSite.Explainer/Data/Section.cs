using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>A chapter of the story: <c>input/sections/&lt;id&gt;.md</c>.</summary>
public sealed record Section(
    string Id, SourceSpan Location, string Title, int Order, string Summary, IReadOnlyList<string> KeyPoints,
    PartialDate? Reviewed, bool AfterArticle, IReadOnlyList<Ref> Sources, MarkdownText Body) : IEntity
{
    public string DisplayName => Title;

    public static Section? Read(string id, FieldReader r, MarkdownText body)
    {
        var title = r.Text("title");
        var order = r.Int("order");
        var summary = r.Text("summary");
        var keyPoints = r.TextList("key_points");
        var reviewed = r.Date("reviewed", required: false);
        var after = r.Bool("after_article");
        var sources = r.Refs("sources");
        r.ReportUnknownFields();
        return title is null || order is null || summary is null
            ? null
            : new Section(id, r.Location, title, order.Value, summary, keyPoints, reviewed, after, sources, body);
    }
}
