using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Explainer.Data;

namespace StaticSite.Core.Tests.SiteContent;

/// <summary>
/// Keeps the real content honest as it grows: every page reachable and summarised, every source used,
/// and plain English (short sentences, acronyms spelled out on first use) measured on what readers see.
/// </summary>
public sealed partial class ContentHonestyTests
{
    [Fact]
    public void EveryPage_IsReachableFromTheHomePage()
    {
        var pages = RealSite.HtmlPages.ToDictionary(p => p.Destination, p => p.Html);
        var reached = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var file))
        {
            foreach (var url in PageAnchors.Scan(pages[file]).Urls.Where(u => u.StartsWith('/')))
            {
                var path = url.Split('#')[0].TrimStart('/');
                var target = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (pages.ContainsKey(target) && reached.Add(target)) queue.Enqueue(target);
            }
        }

        Assert.Empty(pages.Keys.Where(p => p != "404.html").Except(reached).Order());
    }

    [Fact]
    public void EveryPage_HasASummary_AsItsDescription()
    {
        var missing = RealSite.HtmlPages
            .Where(p => !DescriptionWithText().IsMatch(p.Html))
            .Select(p => p.Destination);

        Assert.Empty(missing);
    }

    [Fact]
    public void EverySource_IsCitedAtLeastOnce()
    {
        var sources = RealSite.Result.Written.Select(d => d.Model).OfType<RenderedPage>().Single(p => p.Page.Url == "/sources/");
        var uncited = ((SourcesView)sources.Page.Data).Sources.Where(s => s.CitedOn.Count == 0).Select(s => s.Source.Id);

        Assert.Empty(uncited);
    }

    [Fact]
    public void Sentences_AreShort_PlainEnglishAsGovUkWrites()
    {
        var texts = ProseOfEveryPage().SelectMany(p => SentenceEnd().Split(p.Text)).Where(t => WordCount(t) > 0).ToList();
        var sentences = texts.Select(WordCount).ToList();
        var longOnes = sentences.Count(n => n > 25);
        var longest = texts.MaxBy(WordCount);

        TestContext.Current.SendDiagnosticMessage($"readability: {sentences.Count} sentences, mean {sentences.Average():F1} words, longest {sentences.Max()}, over 25 words: {longOnes}");
        Assert.True(sentences.Count > 100, "the prose of the site was not found");
        Assert.True(longOnes <= sentences.Count / 20, $"{longOnes} of {sentences.Count} sentences are over 25 words (at most 5% allowed)");
        Assert.True(sentences.Max() <= 35, $"the longest sentence has {sentences.Max()} words: {longest}");
        // GOV.UK aims for sentences of about 15 to 20 words on average.
        Assert.True(sentences.Average() <= 20, $"sentences average {sentences.Average():F1} words (at most 20 allowed)");
    }

    [Fact]
    public void Acronyms_AreSpelledOutOnFirstUse_OnEachPage()
    {
        var undefined = new List<string>();
        foreach (var (page, text) in ProseOfEveryPage())
        {
            foreach (var use in Acronym().Matches(text).DistinctBy(m => m.Value))
            {
                var (acronym, first) = (use.Value, use.Index);
                // Defined as "Full Name (ACR)" or "Full Name's (ACR's)" at first use, or "ACR (full name)".
                var definition = Regex.Match(text, $@"\({acronym}(?:['’]s)?\)");
                var spelledOut = definition.Success && definition.Index + 1 == first
                    || text.AsSpan(first + acronym.Length).TrimStart().StartsWith("(");
                if (!spelledOut && !NotAcronyms.Contains(acronym) && !GlossaryTerms.Contains(acronym))
                {
                    undefined.Add($"{page}: {acronym} in '…{text[Math.Max(0, first - 60)..Math.Min(text.Length, first + 20)]}…'");
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"acronyms not spelled out on first use: {undefined.Count}");
        Assert.True(undefined.Count == 0, string.Join("\n", undefined));
    }

    /// <summary>
    /// GOV.UK's pattern: the summary orients, the key points are the takeaways, the body tells the story. A run of
    /// six words shared by two of them is the same sentence said twice (the chapters failed this 15 times before
    /// they were edited); shorter runs are names and dates, which may recur.
    /// </summary>
    [Fact]
    public void EveryChapter_SaysEachThingOnce_InSummaryKeyPointsAndBody()
    {
        const int Run = 6;
        var repeats = new List<string>();
        foreach (var section in RealSite.Result.Documents["Sections"].Select(d => d.ModelAs<Section>()))
        {
            var body = Words(section.Body.Text);
            var summary = Words(section.Summary);
            if (LongestSharedRun(summary, body) >= Run) repeats.Add($"{section.Id}: the summary repeats the body");
            foreach (var point in section.KeyPoints)
            {
                var words = Words(point);
                if (LongestSharedRun(words, summary) >= Run) repeats.Add($"{section.Id}: key point repeats the summary: {point}");
                if (LongestSharedRun(words, body) >= Run) repeats.Add($"{section.Id}: key point repeats the body: {point}");
            }
        }

        Assert.True(repeats.Count == 0, string.Join("\n", repeats));
    }

    // Lower-case words of the text a reader sees: citations, link targets and Markdown markers left out.
    private static string[] Words(string markdown) =>
        WordPattern().Matches(MarkupPattern().Replace(markdown, " ").ToLowerInvariant()).Select(m => m.Value).ToArray();

    private static int LongestSharedRun(string[] a, string[] b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                var k = 0;
                while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k]) k++;
                best = Math.Max(best, k);
            }
        }
        return best;
    }

    [GeneratedRegex(@"\[@[^\]]*\]|\]\([^)]*\)|[\[\]*>#|]")]
    private static partial Regex MarkupPattern();

    [GeneratedRegex(@"[\p{L}\p{N}'’]+")]
    private static partial Regex WordPattern();

    // Written in capitals but not abbreviations a reader must have expanded: a case citation's court code,
    // the licence's name, an agreement's and a surveillance programme's names, the parts of a classification
    // marking quoted on the Five Eyes entry, a company's and a broadcaster's names (BT, BBC) and a text encoding's name.
    private static readonly HashSet<string> NotAcronyms = ["EWCA", "CC", "BY", "BRUSA", "PRISM", "AUS", "CAN", "NZ", "BT", "BBC", "UTF"];

    // A glossary term is linked on its first use and defined in the page's "Terms used on this page" box.
    private static readonly HashSet<string> GlossaryTerms = RealSite.Result.Documents["Glossary"]
        .Select(d => d.ModelAs<GlossaryTerm>())
        .SelectMany(g => g.Spellings)
        .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Page, string Text)> ProseOfEveryPage()
    {
        var parser = new HtmlParser();
        foreach (var (destination, html) in RealSite.HtmlPages)
        {
            var document = parser.ParseDocument(html);
            // Each block ends a sentence, so headings and list items are not run into the text around them.
            var blocks = document.QuerySelectorAll("main .prose :is(p, li, h2, h3, h4, td, th)").Where(e => e.QuerySelector("p") is null);
            var prose = string.Join("\n", blocks.Select(e => e.TextContent.Trim()));
            if (prose.Length > 0) yield return (destination, Regex.Replace(prose, @"\[\d+\]", ""));
        }
    }

    private static int WordCount(string sentence) => sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex("""<meta name="description" content="[^"]{20,}">""")]
    private static partial Regex DescriptionWithText();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""‘(])|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex Acronym();
}
