using System.Text.Json.Serialization;

namespace StaticSite.Explainer.Pages;

/// <summary>Every kind of page, in the order the site lists its pages (sitemap, feed, open data) and its navigation.</summary>
public static class PageKinds
{
    public static readonly IReadOnlyList<PageKind> All =
    [
        HomePages.Home,
        StoryPages.Contents, StoryPages.Chapter,
        AgencyPages.Index, AgencyPages.Agency,
        EpisodePages.Index, EpisodePages.Episode, EpisodePages.Timeline,
        PeoplePages.People,
        GlossaryPages.Glossary,
        SourcesPages.Sources,
        AboutPages.About, AboutPages.NotFound,
        SearchPage.Search,
    ];

    /// <summary>Every page's navigation: the kinds that have an entry, in order.</summary>
    public static readonly IReadOnlyList<Link> Navigation =
        [.. All.Where(k => k.Navigation is not null).Select(k => new Link(k.Navigation!, k.Url!))];

    /// <summary>Every page of the site, kind by kind.</summary>
    public static List<Page> Make(PageInputs inputs)
    {
        var pages = new List<Page>();
        foreach (var kind in All) pages.AddRange(kind.Make(inputs, pages));
        return pages;
    }
}

/// <summary>
/// The JSON that <see cref="RenderCache"/> hashes, generated at compile time so the NativeAOT-published CLI
/// needs no reflection. Types reached through typed properties (pages, entities) are generated with the roots;
/// a page's view data is typed <see cref="IPageView"/>, so every kind's view type is listed here, beside the kinds
/// (a test holds that none is missing): an unlisted one would fail loudly at run time rather than be fingerprinted wrongly.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true)]
[JsonSerializable(typeof(RenderedPage))]
[JsonSerializable(typeof(RenderCache.SharedInputs))]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(ListView))]
[JsonSerializable(typeof(SectionView))]
[JsonSerializable(typeof(AgencyView))]
[JsonSerializable(typeof(EpisodeView))]
[JsonSerializable(typeof(PeopleView))]
[JsonSerializable(typeof(GlossaryView))]
[JsonSerializable(typeof(SourcesView))]
[JsonSerializable(typeof(AboutView))]
[JsonSerializable(typeof(SearchView))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
