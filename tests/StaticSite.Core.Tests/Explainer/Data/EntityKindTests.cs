using StaticSite.Explainer;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Data;

/// <summary>Each entity kind is described once; these hold the descriptions to the real site.</summary>
public sealed class EntityKindTests
{
    private static SiteModel Model => RealSite.Result.Documents[ExplainerSite.ModelPipeline].Single().ModelAs<SiteModel>();

    [Fact]
    public void EveryKind_HasItsFolderInTheInput_AndAPipelineOfItsOwn()
    {
        foreach (var kind in EntityKind.All) Assert.True(Directory.Exists(Path.Combine(RealSite.Root, "input", kind.Folder)), kind.Folder);
        Assert.Equal(EntityKind.All.Count, EntityKind.All.Select(k => k.Pipeline).Distinct().Count());
        Assert.Equal(EntityKind.All.Count, EntityKind.All.Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void EveryEntity_HasAUrlTheSiteServes_APageOrAnAnchorOnItsKindsPage()
    {
        var pages = Page.AllIn(RealSite.Result.Documents[ExplainerSite.PagesPipeline]).Select(p => p.Url).ToHashSet();
        foreach (var kind in EntityKind.All)
        {
            var entities = Model.All(kind).ToList();
            Assert.NotEmpty(entities);
            foreach (var entity in entities)
            {
                var url = SiteModel.UrlOf(entity);
                Assert.Same(kind, EntityKind.Of(entity));
                if (kind.OwnPage) Assert.Contains(url, pages);
                else Assert.Contains($"id=\"{url[(url.IndexOf('#') + 1)..]}\"", RealSite.Text(url[..url.IndexOf('#')]));
            }
        }
    }

    [Fact]
    public void AnXrefName_FindsItsKind_AndNothingElseDoes()
    {
        foreach (var kind in EntityKind.All) Assert.Same(kind, EntityKind.Named(kind.Name));
        Assert.Null(EntityKind.Named("agencies"));
        Assert.Null(EntityKind.Named(""));
    }

    [Fact]
    public void TheModel_KeepsEachKindInItsOwnOrder()
    {
        Assert.Equal(Model.Sections.OrderBy(s => s.Order), Model.Sections);
        Assert.Equal(Model.Episodes.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal), Model.Episodes);
        Assert.Equal(Model.Sources.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase), Model.Sources);
    }
}
