using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>Where a claim comes from: <c>input/sources/&lt;id&gt;.yml</c>.</summary>
public sealed record Source(
    string Id, SourceSpan Location, string Title, string Publisher, string? Author, PartialDate? Date, string Url, string Kind, string? Note) : IEntity
{
    public static readonly string[] Kinds = ["article", "official", "judgment", "legislation", "reference", "news"];

    public string DisplayName => Title;

    public string Summary => Note ?? $"{Title}, {Publisher}";

    /// <summary>The host the link goes to, without <c>www.</c>: what "Read it on …" names.</summary>
    public string Site { get; } = SiteOf(Url);

    private static string SiteOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host) : url;

    public static Source? Read(string id, FieldReader r)
    {
        var title = r.Text("title");
        var publisher = r.Text("publisher");
        var author = r.Text("author", required: false);
        var date = r.Date("date", required: false);
        var url = r.WebAddress("url");
        var kind = r.Choice("kind", Kinds);
        var note = r.Text("note", required: false);
        r.ReportUnknownFields();
        return title is null || publisher is null || url is null || kind is null ? null : new Source(id, r.Location, title, publisher, author, date, url, kind, note);
    }
}
