using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using StaticSite.Explainer.Outputs.Search;

namespace StaticSite.Core.Tests.Explainer;

/// <summary>The explainer features (timeline, map, search, reading aids) as the real site shows them.</summary>
public sealed partial class ExplainerFeaturesTests
{
    [Fact]
    public void RealSite_Builds()
    {
        Assert.True(RealSite.Result.Succeeded, string.Join("\n", RealSite.Result.Diagnostics));
    }

    [Fact]
    public void TimelinePage_DrawsAndListsEveryEpisodeAndEvent()
    {
        var html = RealSite.Text("/timeline/");
        var episodes = Directory.GetFiles(Path.Combine(RealSite.Root, "input/episodes"), "*.yml").Select(Path.GetFileNameWithoutExtension).ToList();
        var events = Directory.GetFiles(Path.Combine(RealSite.Root, "input/events"), "*.yml").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Contains("<svg viewBox=", html);
        foreach (var id in episodes)
        {
            // A mark inside the overview, the list, and the enlarged months when it falls in them.
            Assert.InRange(Regex.Count(html, $"href=\"/episodes/{id}/\""), 2, 3);
        }
        foreach (var id in events)
        {
            // Each event links to where its owner's page lists it: in the list, and in the enlarged months.
            Assert.InRange(Regex.Count(html, $"/#event-{id}\""), 1, 2);
        }
        Assert.Contains("<ol class=\"timeline-list timeline-vertical\">", html);
        Assert.Contains("The article is published", html);
    }

    [Fact]
    public void EveryEpisodePage_HasTheCompactTimeline_MarkingItself()
    {
        foreach (var (destination, html) in RealSite.HtmlPages.Where(p => p.Destination.StartsWith("episodes/", StringComparison.Ordinal) && p.Destination != "episodes/index.html"))
        {
            var url = "/" + destination[..^"index.html".Length];
            Assert.Contains("timeline timeline-compact", html);
            Assert.Contains($"<a href=\"{url}\" class=\"tl-entry is-current\"", html);
            Assert.Contains($"<a href=\"{url}\" aria-current=\"page\">", html);
        }
    }

    [Fact]
    public void AgenciesMap_LinksEveryAgencyToAnother_AndDrawsTheDisputeStepByStep()
    {
        var html = RealSite.Text("/agencies/");
        var list = html[html.IndexOf("<ul class=\"relation-list\">", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        foreach (var id in Directory.GetFiles(Path.Combine(RealSite.Root, "input/agencies"), "*.yml").Select(Path.GetFileNameWithoutExtension))
        {
            Assert.Contains($"href=\"/agencies/{id}/\"", list);
        }
        var steps = html[html.IndexOf("<ol class=\"relation-steps\">", StringComparison.Ordinal)..];
        steps = steps[..steps.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Equal(["us-lobbying", "uk-huawei-decision", "us-response", "huawei-reversal"],
            Regex.Matches(steps, "href=\"/episodes/([a-z0-9-]+)/\"").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void AgenciesPage_HasTheMap_AndAgencyPagesTheirNeighbourhood()
    {
        Assert.Contains("<figure class=\"relation-map\">", RealSite.Text("/agencies/"));
        Assert.Contains("<ul class=\"relation-list\">", RealSite.Text("/agencies/"));
        var gchq = RealSite.Text("/agencies/gchq/");
        Assert.Contains("aria-labelledby=\"neighbourhood-title\"", gchq);
        Assert.Contains("href=\"/agencies/gchq/\" class=\"map-node is-focus\"", gchq);
    }

    [Fact]
    public void NoPage_HasInlineStylesOrInlineScripts()
    {
        foreach (var (destination, html) in RealSite.HtmlPages)
        {
            Assert.False(StyleAttribute().IsMatch(html), $"{destination} has a style attribute");
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.False(InlineScript().IsMatch(html), $"{destination} has an inline script");
            Assert.False(EventHandler().IsMatch(html), $"{destination} has an inline event handler");
        }
    }

    [Fact]
    public void SearchIndex_CoversEveryPage_AndStaysUnder50KbCompressed()
    {
        var json = RealSite.Text("/search/index.json");
        using var document = JsonDocument.Parse(json);
        var urls = document.RootElement.EnumerateArray().Select(e => e.GetProperty("u").GetString()).ToHashSet();

        foreach (var (destination, _) in RealSite.HtmlPages.Where(p => p.Destination is not "404.html" and not "search/index.html"))
        {
            Assert.Contains("/" + destination[..^"index.html".Length], urls);
        }
        Assert.Contains("/people/#larry-kudlow", urls);
        var section = document.RootElement.EnumerateArray().First(e => e.GetProperty("u").GetString() == "/sections/how-it-began/");
        // The body's terms, and the headings' among the summary's ("## Wartime roots" on that page).
        Assert.Contains("ukusa", section.GetProperty("z").GetString()!.Split(' '));
        Assert.Contains(SearchTerms.Stem("wartime"), section.GetProperty("y").GetString()!.Split(' '));
        Assert.True(Gzip(json) < 50 * 1024, $"search index is {Gzip(json)} bytes gzipped");
    }

    [Fact]
    public void SearchPage_WorksWithoutJavaScript_AndLoadsAnExternalScriptUnder5Kb()
    {
        var html = RealSite.Text("/search/");

        Assert.Contains("<form class=\"search-form\" role=\"search\" action=\"/search/\" data-index=\"/search/index.json\" hidden>", html);
        Assert.Contains("role=\"status\" aria-live=\"polite\"", html);
        Assert.Contains("<a href=\"/agencies/gchq/\">Government Communications Headquarters (GCHQ)</a>", html);
        var script = Regex.Match(html, "<script src=\"(/assets/js/search\\.[0-9a-f]+\\.js)\" defer></script>");
        Assert.True(script.Success);
        var js = RealSite.Text(script.Groups[1].Value);
        Assert.True(Gzip(js) < 5 * 1024, $"search.js is {Gzip(js)} bytes gzipped");
    }

    [Fact]
    public void SearchPage_IsInTheNavigation()
    {
        Assert.Contains("<a href=\"/search/\">Search</a>", RealSite.Text("/"));
    }

    [Fact]
    public void SectionPages_ShowReadingTimeReviewDateAndPager()
    {
        Assert.Matches(@"<p class=""meta"">\d+ minute read · Last reviewed \d+ \w+ \d{4}</p>", RealSite.Text("/sections/how-it-began/"));
        var pagers = RealSite.HtmlPages.Where(p => p.Destination.StartsWith("sections/", StringComparison.Ordinal) && p.Destination != "sections/index.html").ToList();
        Assert.Equal(pagers.Count - 1, pagers.Count(p => p.Html.Contains("rel=\"next\"", StringComparison.Ordinal)));
        Assert.Equal(pagers.Count - 1, pagers.Count(p => p.Html.Contains("rel=\"prev\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void EpisodePages_ShowRelatedEpisodesSharingAnAgency()
    {
        var html = RealSite.Text("/episodes/uk-huawei-decision/");

        Assert.Contains("<h2 id=\"related-heading\">Related episodes</h2>", html);
        Assert.Contains("rel=\"prev\"", html);
        Assert.Contains("rel=\"next\"", html);
    }

    [Fact]
    public void Build_IsByteIdenticalTwice()
    {
        var again = RealSite.Build();

        var first = RealSite.Result.Written.ToDictionary(d => d.Destination!, d => Convert.ToBase64String(d.ReadBytes()));
        var second = again.Written.ToDictionary(d => d.Destination!, d => Convert.ToBase64String(d.ReadBytes()));
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, content) in first) Assert.True(content == second[path], $"{path} differs between builds");
    }

    private static int Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return (int)memory.Length;
    }

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    // JSON-LD is data, not code: the CSP does not run it, so it is the one script element allowed without src.
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)(?![^>]*type=""application/ld\+json"")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
