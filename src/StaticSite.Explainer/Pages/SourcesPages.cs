using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The sources page: every source, with the pages that cite it.</summary>
public static class SourcesPages
{
    public static readonly PageKind Sources = new("sources", PageKind.PlainLabel, (inputs, _) => [Make(inputs.Site, [])])
    {
        Url = "/sources/", Navigation = "Sources", View = typeof(SourcesView),
    };

    /// <summary>The sources page, with every page that cites each source: known only once all other pages are rendered,
    /// so <see cref="RenderMarkdown"/> makes it again then.</summary>
    public static Page Make(SiteModel site, IReadOnlyList<CitingPage> citing)
    {
        var citedOn = citing.SelectMany(c => c.SourceIds.Select(id => (Id: id, c.Page))).ToLookup(p => p.Id, p => p.Page);
        var entries = site.Sources.Select(s => new SourceEntry(s, s.Date?.Display, citedOn[s.Id].DistinctBy(l => l.Url).ToList())).ToList();
        return new Page(Sources.Url!, Sources, "Sources", "Every source this site relies on, and the pages that cite it.",
            SourceSpan.File("input/sources"), new SourcesView(entries), [], []);
    }
}

public sealed record SourceEntry(Source Source, string? Date, IReadOnlyList<Link> CitedOn);

public sealed record SourcesView(IReadOnlyList<SourceEntry> Sources) : IPageView;
