namespace StaticSite.Explainer.Pages;

/// <summary>Makes the pages of one kind, in the site's order, from the model and the pages made before them.</summary>
public delegate IEnumerable<Page> PageMaker(PageInputs inputs, IReadOnlyList<Page> madeBefore);

/// <summary>
/// One kind of page, described once: the layout that draws it, how search and share cards name it, where it sits
/// in the navigation and the breadcrumbs, which lists of pages it belongs in, and how its pages are made. Every module
/// that treats kinds differently asks this, never a URL or a layout name.
/// </summary>
/// <param name="layout">The Liquid layout in <c>theme/layouts/</c> that draws its pages.</param>
/// <param name="label">What search results call a page of this kind ("Chapter", "Agency"; "Page" for the rest).</param>
public sealed class PageKind(string layout, string label, PageMaker make)
{
    public string Layout { get; } = layout;

    public string Label { get; } = label;

    public PageMaker Make { get; } = make;

    /// <summary>The URL of the kind's one page, or of the index its pages sit under; null for a kind without one.</summary>
    public string? Url { get; init; }

    /// <summary>The label of its entry in every page's navigation, linking to <see cref="Url"/>; null for none.</summary>
    public string? Navigation { get; init; }

    /// <summary>The kind whose page comes between the home page and this kind's pages in the breadcrumbs.</summary>
    public PageKind? Parent { get; init; }

    /// <summary>Whether the search index and the A–Z list its pages.</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>Whether the sitemap lists its pages.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>Whether its Markdown links the glossary's terms (the glossary does not link its terms to themselves).</summary>
    public bool LinksGlossaryTerms { get; init; } = true;

    /// <summary>The type of the view its layout reads as <c>data</c>.</summary>
    public required Type View { get; init; }

    /// <summary>The kind a share card names above the page's title: <see cref="Label"/>, or "Explainer" for plain pages.</summary>
    public string CardLabel => Label == PlainLabel ? "Explainer" : Label;

    public const string PlainLabel = "Page";

    /// <summary>The breadcrumbs of its pages: home, then its parent's page; none on the home page itself.</summary>
    public IReadOnlyList<Link> Trail => trail ??= Url == SiteLinks.Home.Url && Parent is null
        ? []
        : Parent is { Url: { } parentUrl, Navigation: { } parentName } ? [SiteLinks.Home, new Link(parentName, parentUrl)] : [SiteLinks.Home];

    private IReadOnlyList<Link>? trail;
}

/// <summary>What page makers read: the checked model, and the links every page shares.</summary>
public sealed record PageInputs(Data.SiteModel Site, SiteLinks Links);
