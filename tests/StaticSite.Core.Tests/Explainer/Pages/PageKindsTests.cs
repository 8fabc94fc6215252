using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>Each page kind is described once; these hold the description and the site to each other.</summary>
public sealed class PageKindsTests
{
    private static IReadOnlyList<Page> RealPages =>
        [.. Page.AllIn(RealSite.Result.Documents[ExplainerSite.PagesPipeline])];

    public static TheoryData<string> Layouts => [.. PageKinds.All.Select(k => k.Layout).Distinct()];

    [Fact]
    public void EveryKindsView_IsAPageView_TheRenderCacheCanFingerprint()
    {
        foreach (var kind in PageKinds.All)
        {
            Assert.True(typeof(IPageView).IsAssignableFrom(kind.View), $"{kind.Layout}: {kind.View.Name} is not an IPageView");
            // An unlisted view would throw here, in the preview, at the first page of its kind.
            Assert.NotNull(FingerprintJson.Default.GetTypeInfo(kind.View));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryKindsLayout_IsInTheTheme(string layout) =>
        Assert.True(File.Exists(Path.Combine(RealSite.Root, "theme", "layouts", layout + ".liquid")), $"theme/layouts/{layout}.liquid");

    [Fact]
    public void EveryPageOfTheRealSite_HasTheViewItsKindNames_AndEveryKindHasAPage()
    {
        foreach (var page in RealPages) Assert.Equal(page.Kind.View, page.Data.GetType());
        Assert.Equal(PageKinds.All, RealPages.Select(p => p.Kind).Distinct());
    }

    [Fact]
    public void TheNavigation_LinksToOnePageOfEachKindThatHasAnEntry_InTheKindsOrder()
    {
        var urls = RealPages.Select(p => p.Url).ToHashSet();
        Assert.All(PageKinds.Navigation, link => Assert.Contains(link.Url, urls));
        Assert.Equal(["Home", "The story", "Agencies", "Episodes", "Timeline", "People", "Glossary", "Sources", "About", "Search"],
            PageKinds.Navigation.Select(l => l.Text));
    }

    [Fact]
    public void Breadcrumbs_LeadHomeThenToTheKindsParent()
    {
        Assert.Empty(HomePages.Home.Trail);
        Assert.Equal([SiteLinks.Home], AboutPages.About.Trail);
        Assert.Equal([SiteLinks.Home, new Link("Agencies", "/agencies/")], AgencyPages.Agency.Trail);
        Assert.Equal([SiteLinks.Home, new Link("The story", "/sections/")], StoryPages.Chapter.Trail);
        // Every parent is a page of the site, so no breadcrumb is a broken link.
        var urls = RealPages.Select(p => p.Url).ToHashSet();
        Assert.All(RealPages.SelectMany(p => p.Breadcrumbs), crumb => Assert.Contains(crumb.Url, urls));
    }

    [Fact]
    public void OnlyTheNotFoundPage_IsLeftOutOfTheSitemap_AndSearchLeavesOutItselfToo()
    {
        Assert.Equal([AboutPages.NotFound], PageKinds.All.Where(k => !k.InSitemap));
        Assert.Equal([AboutPages.NotFound, SearchPage.Search], PageKinds.All.Where(k => !k.Searchable));
        Assert.Equal([GlossaryPages.Glossary], PageKinds.All.Where(k => !k.LinksGlossaryTerms));
    }
}
