using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

// What layouts see. Everything is plain text that Fluid encodes; only RenderedPage.Html holds HTML.

/// <summary>What a page's layout reads as <c>data</c>: the view of one <see cref="PageKind"/>.</summary>
public interface IPageView;

public sealed record Link(string Text, string Url, string? Note = null);

public sealed record Fact(string Label, string Value, string? Url = null);

/// <param name="Ordered">The items are a sequence read in order (the chapters), shown as a numbered list.</param>
public sealed record Group(string Heading, string Id, IReadOnlyList<Link> Items, bool Ordered = false);

/// <param name="Site">Where <paramref name="External"/> goes, as a reader knows it (<c>bbc.co.uk</c>): a copy on another site says so.</param>
public sealed record CitedSource(int Number, string Id, string Title, string Publisher, string? Date, string Url, string External, string Site, string? BackAnchor);

public sealed record TermUse(string Id, string Term, string Short);

/// <summary>A page of links in groups under an introduction: the indexes, the timeline's list, the 404 page.</summary>
public sealed record ListView(string Intro, IReadOnlyList<Group> Groups) : IPageView;

public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, IReadOnlyList<Link> Navigation, string Licence, string LicenceUrl, string ArticleTitle, string ArticleUrl, string ArticlePublication)
{
    /// <summary>The language as Open Graph writes a locale: <c>en_GB</c> for <c>en-GB</c>.</summary>
    public string Locale { get; } = Language.Replace('-', '_');
}
