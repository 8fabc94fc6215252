using BenchmarkDotNet.Attributes;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Explainer.Markdown;

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
        var model = site.Model;
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

    // Fragments are made into the page's builder, one kept for the next page: so here too.
    private readonly StringWriter page = new(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the last benchmark wrote (for the test that runs each once).</summary>
    public string WrittenPage => page.ToString();

    [Benchmark]
    public int RenderEpisodeMarkdown() => WrittenIntoPage(renderer.Render(episodeBody, new PageCitations(), [], null).Html);

    [Benchmark]
    public int ResolveCrossReferences() => WrittenIntoPage(renderer.Render(xrefs, new PageCitations(), [], null).Html);

    [Benchmark]
    public int DrawCompactTimeline()
    {
        var into = page.GetStringBuilder().Clear();
        StaticSite.Explainer.Outputs.Visuals.TimelineCompact.Write(into, episodes, episodes.Count / 2);
        return into.Length;
    }

    private int WrittenIntoPage(StaticSite.Explainer.Html.HtmlFragment html)
    {
        page.GetStringBuilder().Clear();
        var writing = html.WriteToAsync(page);
        if (!writing.IsCompletedSuccessfully) writing.AsTask().GetAwaiter().GetResult();
        return page.GetStringBuilder().Length;
    }

    [Benchmark]
    public PageAnchors ScanEpisodePage() => PageAnchors.Scan(episodePage);
}
