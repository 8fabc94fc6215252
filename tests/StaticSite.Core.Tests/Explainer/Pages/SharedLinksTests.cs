using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>
/// Pages' views live for the whole build, so every page that links to an entity holds the one link to it
/// rather than a copy of its own.
/// </summary>
public sealed class SharedLinksTests
{
    [Fact]
    public void EveryEpisodePageNamingAnAgency_HoldsTheSameLinkToIt()
    {
        var views = RealSite.Result.Documents[ExplainerSite.PagesPipeline]
            .Select(d => d.Model).OfType<RenderedPage>().Select(p => p.Page.Data).OfType<EpisodeView>().ToList();

        var toGchq = views.SelectMany(v => v.Agencies).Where(l => l.Url == "/agencies/gchq/").ToList();

        Assert.True(toGchq.Count >= 2, $"the real site should have several episodes naming GCHQ, not {toGchq.Count}");
        Assert.All(toGchq, link => Assert.Same(toGchq[0], link));
    }
}
