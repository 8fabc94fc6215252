using BenchmarkDotNet.Attributes;
using StaticSite.Core.Data;
using StaticSite.Core.Diagnostics;
using StaticSite.Core.Explainer;
using StaticSite.Core.Markdown;

namespace StaticSite.Benchmarks.Micro;

/// <summary>One page's worth of the hot steps, on one thread: Markdown, cross-references, the small timeline, the anchor scan.</summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private MarkdownRenderer renderer = null!;
    private MarkdownText episodeBody = null!;
    private MarkdownText xrefs = null!;
    private byte[] episodePage = null!;
    private IReadOnlyList<Episode> episodes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = new SyntheticSite(200);
        var model = site.State.Model!;
        renderer = new MarkdownRenderer(model, new DiagnosticBag());
        episodeBody = model.Episodes[0].Body;
        episodes = model.Episodes;
        // Every kind of page the site has, linked by id: what resolution costs apart from parsing prose.
        var links = model.Agencies.Select(a => $"- [](xref:agency/{a.Id})")
            .Concat(model.Episodes.Take(50).Select(e => $"- [{e.Title}](xref:episode/{e.Id})"))
            .Concat(model.Sections.Select(s => $"- [](xref:section/{s.Id})"));
        xrefs = new MarkdownText(string.Join('\n', links), SourceSpan.File("bench.md"), 0);
        // As the build scans it: the UTF-8 written to the page's file.
        episodePage = site.Pages.First(d => d.Destination!.StartsWith("episodes/", StringComparison.Ordinal) && d.Destination != "episodes/index.html").ReadBytes();
    }

    [Benchmark]
    public string RenderEpisodeMarkdown() => renderer.Render(episodeBody, new PageCitations(), [], null).Html.ToString();

    [Benchmark]
    public string ResolveCrossReferences() => renderer.Render(xrefs, new PageCitations(), [], null).Html.ToString();

    [Benchmark]
    public string DrawCompactTimeline() => StaticSite.Core.Visuals.TimelineFigure.Compact(episodes, episodes.Count / 2);

    [Benchmark]
    public PageAnchors ScanEpisodePage() => PageAnchors.Scan(episodePage);
}
