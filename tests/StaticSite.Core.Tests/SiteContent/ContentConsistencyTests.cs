using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticSite.Explainer.Data;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.SiteContent;

/// <summary>
/// The real site read as a fact-checker would: nothing shows Markdown that failed to render, every episode cites
/// what it lists, every person is linked to a body, and each episode's date reads the same on every page.
/// </summary>
public sealed partial class ContentConsistencyTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void NoPage_ShowsMarkdownSyntax_InItsText()
    {
        var found = RealSite.HtmlPages.SelectMany(p => MarkdownLeftIn(p.Destination, p.Html)).ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    // The Ruritania table reached readers as text: a line of prose straight after a pipe table (no blank line)
    // makes Markdig read the whole block as one paragraph.
    [Fact]
    public void MarkdownCheck_FindsATableThatDidNotRender()
    {
        var page = new TestSite().With("input/sections/start.md", """
            ---
            title: The start
            order: 1
            summary: How it began.
            ---
            | What the UK brings | How the US responds |
            | --- | --- |
            | Nothing | A polite refusal |
             The lesson was simple.
            """).Build().Page("sections/start/index.html");

        Assert.DoesNotContain("<table", page);
        Assert.NotEmpty(MarkdownLeftIn("sections/start/index.html", page));
    }

    private static IEnumerable<string> MarkdownLeftIn(string page, string html)
    {
        var body = Parser.ParseDocument(html).Body!;
        foreach (var script in body.QuerySelectorAll("script").ToList()) script.Remove();
        var text = body.TextContent;
        foreach (Match m in MarkdownSyntax().Matches(text))
        {
            yield return $"{page}: '{m.Value.Trim()}' in '…{text[Math.Max(0, m.Index - 40)..Math.Min(text.Length, m.Index + 40)].ReplaceLineEndings(" ")}…'";
        }
    }

    [Fact]
    public void EveryEpisode_CitesEachOfItsSources_InItsText()
    {
        var episodes = RealSite.Result.Documents["Episodes"].Select(d => d.ModelAs<Episode>()).ToList();

        Assert.NotEmpty(episodes);
        foreach (var episode in episodes)
        {
            // The foot of the page lists the episode's sources and its milestones'; one cited in the text links back to
            // where it is cited, and one a milestone cites is marked on the milestone's line.
            var page = Parser.ParseDocument(RealSite.Text($"/episodes/{episode.Id}/"));
            var listed = page.QuerySelectorAll(".page-sources li").ToList();
            var byMilestones = page.QuerySelectorAll(".milestones sup.cite a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToHashSet();
            var milestoneOnly = listed.Count(li => li.QuerySelector("a.back") is null && byMilestones.Contains(li.Id!));
            Assert.Equal(episode.Sources.Select(s => s.Id).Distinct().Count() + milestoneOnly, listed.Count);
            var uncited = listed.Where(li => li.QuerySelector("a.back") is null && !byMilestones.Contains(li.Id!)).Select(li => li.QuerySelector("a")!.TextContent).ToList();
            Assert.True(uncited.Count == 0, $"/episodes/{episode.Id}/ lists sources it never cites: {string.Join("; ", uncited)}");
        }
    }

    // A private individual belongs to no body; everyone else names an agency with a page, or the body in words.
    private static readonly HashSet<string> PrivateIndividuals = ["binyam-mohamed"];

    [Fact]
    public void EveryPerson_IsLinkedToABody_AndListedOnTheirAgencysPage()
    {
        var people = RealSite.Result.Documents["People"].Select(d => d.ModelAs<Person>()).ToList();
        var agencies = RealSite.Result.Documents["Agencies"].Select(d => d.ModelAs<Agency>()).ToDictionary(a => a.Id);

        foreach (var person in people)
        {
            if (person.Agency is { } agency)
            {
                Assert.True(agencies.ContainsKey(agency.Id), $"{person.Id} names the agency '{agency.Id}', which does not exist");
            }
            else
            {
                Assert.True(person.Organisation is not null || PrivateIndividuals.Contains(person.Id), $"{person.Id} names no agency and no organisation");
            }
        }
        foreach (var agency in agencies.Values)
        {
            var listed = Parser.ParseDocument(RealSite.Text($"/agencies/{agency.Id}/"))
                .QuerySelectorAll("section[aria-labelledby=people-heading] a").Select(a => a.GetAttribute("href")).ToList();
            var members = people.Where(p => p.Agency?.Id == agency.Id).Select(p => $"/people/#{p.Id}").ToList();
            Assert.Equal(members.Order(), listed.Order());
        }
        Assert.Contains("/people/#former-gchq-director",
            Parser.ParseDocument(RealSite.Text("/agencies/gchq/")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void EachEpisodesDate_ReadsTheSame_OnEveryPageThatShowsIt()
    {
        var pages = RealSite.HtmlPages.ToDictionary(p => p.Destination, p => Parser.ParseDocument(p.Html));
        var episodes = RealSite.Result.Documents["Episodes"].Select(d => d.ModelAs<Episode>()).ToList();
        var checkedOn = new List<string>();

        foreach (var episode in episodes)
        {
            var own = pages[$"episodes/{episode.Id}/index.html"];
            var shown = own.QuerySelector(".kicker time")!;
            Assert.Equal(episode.Date.Iso, shown.GetAttribute("datetime"));
            Assert.Equal(shown.TextContent, own.QuerySelector(".infobox dd")!.TextContent);
            var where = new List<string>();
            // The search page's A to Z notes each entry's kind, not its date.
            foreach (var (destination, document) in pages.Where(p => p.Key != "search/index.html"))
            {
                foreach (var link in document.QuerySelectorAll($"main a[href='/episodes/{episode.Id}/']"))
                {
                    if (link.ParentElement?.QuerySelector(":scope > .note") is not { } note) continue;
                    Assert.True(shown.TextContent == note.TextContent.Trim(), $"{destination} dates '{episode.Title}' '{note.TextContent.Trim()}', its page '{shown.TextContent}'");
                    where.Add(destination);
                }
            }
            string[] expected = ["index.html", "episodes/index.html", "timeline/index.html",
                .. episode.Agencies.Select(a => $"agencies/{a.Id}/index.html")];
            Assert.All(expected, page => Assert.True(where.Contains(page), $"{page} does not show the date of '{episode.Title}'"));
            checkedOn.AddRange(where);
        }

        TestContext.Current.SendDiagnosticMessage($"episode dates checked: {episodes.Count} episodes, {checkedOn.Count} places on {checkedOn.Distinct().Count()} pages");
    }

    // A pipe table's rule row, a link or citation left as text, bold markers, or a heading's hashes at a line's start.
    [GeneratedRegex(@"\|\s*:?-{3,}|\]\(|\[@|\*\*|^[ \t]*#{1,6}[ \t]", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();
}
