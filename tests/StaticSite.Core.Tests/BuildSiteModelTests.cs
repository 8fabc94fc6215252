using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests;

/// <summary>When a build collects garbage once its model is made (the reasons are on <see cref="BuildSiteModel"/>).</summary>
public sealed class BuildSiteModelTests
{
    [Theory]
    [InlineData(30, false, false)]   // the real site: its pages are made without any collection
    [InlineData(99, false, false)]
    [InlineData(100, false, true)]   // from here the page pass collects
    [InlineData(11_511, false, true)]
    [InlineData(1_161, true, false)] // preview rebuilds never
    public void ABuildCollectsBeforeItsPages_OnlyWhenItsPagesWouldCollectAnyway(int pages, bool preview, bool collects)
    {
        Assert.Equal(collects, BuildSiteModel.CollectsBeforePages(pages, preview));
    }
}
