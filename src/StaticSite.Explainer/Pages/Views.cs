using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

// What layouts see. Everything is plain text that Fluid encodes; only RenderedPage.Html holds HTML.

public sealed record Link(string Text, string Url, string? Note = null);

public sealed record Fact(string Label, string Value, string? Url = null);

public sealed record Group(string Heading, string Id, IReadOnlyList<Link> Items);

/// <param name="Site">Where <paramref name="External"/> goes, as a reader knows it (<c>bbc.co.uk</c>): a copy on another site says so.</param>
public sealed record CitedSource(int Number, string Id, string Title, string Publisher, string? Date, string Url, string External, string Site, string? BackAnchor);

public sealed record TermUse(string Id, string Term, string Short);

public sealed record HomeView(IReadOnlyList<Link> Sections, IReadOnlyList<Link> Episodes, IReadOnlyList<Link> Agencies, Link Article, string ArticleCredit);

public sealed record SectionView(Section Section, int Number, Link? Previous, Link? Next, int ReadingMinutes, string? Reviewed);

public sealed record AgencyView(Agency Agency, IReadOnlyList<Fact> Facts, IReadOnlyList<Link> Episodes, IReadOnlyList<Link> People, IReadOnlyList<Link> Relations);

public sealed record EpisodeView(Episode Episode, IReadOnlyList<Fact> Facts, IReadOnlyList<Link> Agencies, IReadOnlyList<Link> People, Link? Previous, Link? Next, IReadOnlyList<Link> Related);

public sealed record ListView(string Intro, IReadOnlyList<Group> Groups);

/// <param name="Facts">The person's role, and the body they belonged to or spoke for.</param>
public sealed record PersonView(Person Person, string HtmlKey, IReadOnlyList<Fact> Facts, IReadOnlyList<Link> Episodes);

public sealed record PeopleView(IReadOnlyList<PersonView> People);

public sealed record TermView(GlossaryTerm Term, string? HtmlKey);

public sealed record GlossaryView(IReadOnlyList<TermView> Terms);

public sealed record SourceEntry(Source Source, string? Date, IReadOnlyList<Link> CitedOn);

public sealed record SourcesView(IReadOnlyList<SourceEntry> Sources);

public sealed record AboutView(ArticleInfo Article, Licence Licence);

public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, IReadOnlyList<Link> Navigation, string Licence, string LicenceUrl, string ArticleTitle, string ArticleUrl, string ArticlePublication)
{
    /// <summary>The language as Open Graph writes a locale: <c>en_GB</c> for <c>en-GB</c>.</summary>
    public string Locale { get; } = Language.Replace('-', '_');
}
