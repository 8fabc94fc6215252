using StaticSite.Benchmarks.Generation;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Outputs.Publishing;
using StaticSite.Explainer.Outputs.Visuals;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// A generated site in memory with the real theme, built once, and the Pages documents as each
/// PostProcess module receives them, so a benchmark times one module and nothing before it.
/// </summary>
internal sealed class SyntheticSite
{
    public SyntheticSite(int episodes)
    {
        var root = RepositoryRoot();
        var theme = Path.Combine(root, "theme");
        var input = new SiteGenerator(episodes, 20240601).Generate()
            .Select(f => new SourceFile(f.Key, "input/" + f.Key, () => System.Text.Encoding.UTF8.GetBytes(f.Value)));
        var themeFiles = Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(theme, full).Replace('\\', '/')))
            .Select(f => new SourceFile(f.Relative, "theme/" + f.Relative, () => File.ReadAllBytes(f.Full)))
            .ToList();
        Files = new SiteFiles(input, themeFiles);
        Options = new ExplainerOptions();
        var result = ExplainerSite.Build(Files, null, Options);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        Assets = result.Documents[ExplainerSite.AssetsPipeline];
        Model = result.Documents[ExplainerSite.ModelPipeline].Single().ModelAs<SiteModel>();
        Inputs = result.Documents.Where(p => p.Key is not (ExplainerSite.AssetsPipeline or ExplainerSite.ModelPipeline or ExplainerSite.PagesPipeline)).ToList();
        // The Pages pipeline also writes the sitemap, feed, search index and share cards: keep the pages.
        Pages = result.Documents[ExplainerSite.PagesPipeline].Where(d => d.Model is RenderedPage).ToList();
        BeforeMarkdown = Pages.Select(d => d with { Content = null, Model = d.ModelAs<RenderedPage>().Page }).ToList();
        // A finished page no longer carries its Markdown fragments, so layouts get them from the modules that make them.
        var context = Context();
        var rendered = new RenderMarkdown(Model, null).Execute(BeforeMarkdown, context);
        BeforeLayout = new RenderVisuals(Model).Execute(new AddStructuredData(Model).Execute(rendered, context), context);
    }

    public SiteFiles Files { get; }

    public ExplainerOptions Options { get; }

    public SiteModel Model { get; }

    public IReadOnlyList<Document> Assets { get; }

    /// <summary>The data pipelines' documents, as BuildSiteModel reads them.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<Document>>> Inputs { get; }

    /// <summary>The finished pages, with their HTML.</summary>
    public IReadOnlyList<Document> Pages { get; }

    public IReadOnlyList<Document> BeforeMarkdown { get; }

    public IReadOnlyList<Document> BeforeLayout { get; }

    public BuildContext Context()
    {
        var context = new BuildContext(Files, new DiagnosticBag(), CancellationToken.None);
        context.SetOutputs(ExplainerSite.AssetsPipeline, Assets);
        return context;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticSite.sln not found above the benchmark folder");
    }
}
