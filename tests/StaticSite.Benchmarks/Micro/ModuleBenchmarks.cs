using BenchmarkDotNet.Attributes;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// The hot PostProcess modules over every page of a generated site (N=200: 200 episodes, 20 agencies,
/// 10 sections, 241 pages), each fed what it receives in a real build. The modules run in parallel,
/// as in a build, so these are wall times on however many cores the machine has.
/// </summary>
[MemoryDiagnoser]
public class ModuleBenchmarks
{
    private SyntheticSite site = null!;

    [GlobalSetup]
    public void Setup() => site = new SyntheticSite(200);

    [Benchmark]
    public IReadOnlyList<Document> RenderMarkdown() => new RenderMarkdown(site.Model, null).Execute(site.BeforeMarkdown, site.Context());

    [Benchmark]
    public IReadOnlyList<Document> ApplyLayout() => new ApplyLayout(site.Model, ExplainerSite.AssetsPipeline, null, null).Execute(site.BeforeLayout, site.Context());

    [Benchmark]
    public IReadOnlyList<Document> BuildSiteModelAndPages()
    {
        var context = site.Context();
        foreach (var (name, documents) in site.Inputs) context.SetOutputs(name, documents);
        var model = new BuildSiteModel(ExplainerSite.SitePipeline).Execute([], context).Single().ModelAs<StaticSite.Explainer.Data.SiteModel>();
        return new MakePages(model, preview: false).Execute([], context);
    }
}
