using System.Text.Json.Serialization;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer.Html;
using StaticSite.Explainer.Markdown;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// A page before rendering: its URL, layout, title, view data, the Markdown fragments it shows
/// (keyed for the layout) and the sources its data names. <see cref="StructuredData"/> is JSON-LD, already
/// encoded safely for a script element (see Publishing/AddStructuredData).
/// </summary>
public sealed record Page(
    string Url, [property: JsonIgnore] PageKind Kind, string Title, string Description, SourceSpan Source, [property: JsonIgnore] IPageView Data,
    IReadOnlyList<(string Key, MarkdownText Text)> Markdown, IReadOnlyList<Ref> Sources, string? GlossaryTermId = null,
    string? StructuredData = null)
{
    /// <summary>The layout of its kind, which draws it.</summary>
    public string Layout => Kind.Layout;

    /// <summary>Home, then the page its kind sits under: the same for every page of a kind.</summary>
    public IReadOnlyList<Link> Breadcrumbs => Kind.Trail;

    /// <summary>The page's own share card, beside it when its URL is a folder; none otherwise (the 404 page).</summary>
    public string? CardUrl => Url.EndsWith('/') ? Url + "share.png" : null;

    /// <summary>The card its <c>og:image</c> shows: its own, or else the home page's.</summary>
    public string ShareImage => CardUrl ?? "/share.png";

    /// <summary>Pretty URLs: <c>/agencies/gchq/</c> is written as <c>agencies/gchq/index.html</c>.</summary>
    public string Destination => Url.EndsWith('/') ? $"{Url.TrimStart('/')}index.html" : Url.TrimStart('/');

    /// <summary>The pages among <paramref name="documents"/>, rendered or not, in order: all that files made from the list of pages need.</summary>
    public static IEnumerable<Page> AllIn(IEnumerable<Document> documents) =>
        documents.Select(d => d.Model switch { RenderedPage r => r.Page, Page p => p, _ => null }).OfType<Page>();
}

/// <summary>A page after its Markdown is rendered: HTML fragments, numbered sources, glossary terms used, and the words it shows (for search).</summary>
/// <remarks><see cref="Anchors"/> is filled in when the layout is applied, from the page's final HTML.</remarks>
public sealed record RenderedPage(Page Page, IReadOnlyDictionary<string, HtmlFragment> Html, IReadOnlyList<CitedSource> Sources,
    IReadOnlyList<TermUse> Terms, IReadOnlyList<LinkUse> Links, SearchText Search, PageAnchors? Anchors = null);
