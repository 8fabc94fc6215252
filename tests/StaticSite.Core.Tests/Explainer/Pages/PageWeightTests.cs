using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Xunit;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Core.Tests.Explainer.Pages;

public sealed class PageWeightTests
{
    private static int WeightOf(string url) =>
        PageWeight.Of(new Document(SourceSpan.File("input"), null, Model: RealSite.Pages(RealSite.Result).Single(p => p.Page.Url == url).Page));

    [Fact]
    public void PagesThatListTheWholeSite_WeighMoreThanAnEpisode()
    {
        var episodes = RealSite.Pages(RealSite.Result).Count(p => p.Page.Data is EpisodeView);

        Assert.Equal(1, WeightOf("/episodes/ukusa-agreement/"));
        foreach (var url in new[] { "/", "/episodes/", "/timeline/", "/search/" })
        {
            Assert.True(WeightOf(url) >= episodes && WeightOf(url) > 1, $"{url} weighs {WeightOf(url)}; the site has {episodes} episodes");
        }
    }
}
