using System.Diagnostics;
using Markdig;
using Markdig.Syntax;
using StaticSite.Explainer.Markdown;
using StaticSite.Core.Tests.Support;
using StaticSite.Engine.Diagnostics;
using SourceSpan = StaticSite.Engine.Diagnostics.SourceSpan;
using StaticSite.Explainer.Data;

namespace StaticSite.Core.Tests.Explainer.Markdown;

/// <summary>
/// Markdown nested too deep (MD001) or too busy (MD002) is a diagnostic where it goes past the limit, never an
/// internal error, a stack overflow or a build that takes minutes.
/// </summary>
public sealed class MarkdownLimitsTests
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string NestedLists(int depth) => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- a\n"));

    // The 65th level is what goes past the limit: a quote's '>' at column 129 of "> > > ...", the 65th list item's
    // marker at line 65, column 129.
    public static TheoryData<string, string, int, int> Deep() => new()
    {
        { "65 quotes", Repeat("> ", 65) + "a", 1, 129 },
        { "100 quotes", Repeat("> ", 100) + "a", 1, 129 },
        { "101 quotes", Repeat("> ", 101) + "a", 1, 129 },
        { "2,000 quotes", Repeat("> ", 2000) + "a", 1, 129 },
        { "65 list items on a line", Repeat("- ", 65) + "a", 1, 129 },
        { "2,000 list items on a line", Repeat("- ", 2000) + "a", 1, 129 },
        { "65 nested lists", NestedLists(65), 65, 129 },
        { "2,000 nested lists", NestedLists(2000), 65, 129 },
        { "2,000 quoted lines, each one deeper", string.Concat(Enumerable.Range(1, 2000).Select(i => Repeat("> ", i) + "a\n")), 65, 129 },
        { "65 parentheses", Repeat("(", 65) + "a", 1, 65 },
        { "a run of unclosed link destinations", Repeat("[a](", 100), 1, 260 },
        { "unclosed link titles", Repeat("[a](b (", 100), 1, 32 * 7 + 4 },
        { "65 emphases inside one another", Repeat("*a _", 33) + "b" + Repeat("_ a*", 33), 1, 129 },
        { "20,000 emphasis marks each side", Repeat("*", 20000) + "a" + Repeat("*", 20000), 1, 129 },
        { "unresolved reference links, each left open", Repeat("[a][b] ", 100), 1, 449 },
        { "a heading with 300 levels of emphasis", "# " + Repeat("*", 600) + "a" + Repeat("*", 600), 1, 131 },
        { "a heading with 64 levels of emphasis and a link", "# " + Repeat("*", 128) + "[a](b)" + Repeat("*", 128), 1, 131 },
    };

    [Theory]
    [MemberData(nameof(Deep))]
    public void NestingPastTheLimit_IsMd001WhereItGoesPast(string what, string markdown, int line, int column)
    {
        var error = Assert.Single(BuildWithSection(markdown));

        Assert.StartsWith($"input/sections/start.md:{5 + line}:{column}: error MD001: ", error, StringComparison.Ordinal);
        Assert.Contains(what.Contains("parenthes", StringComparison.Ordinal) || what.Contains("unclosed link", StringComparison.Ordinal) ? "parentheses" : "inside one another", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void LinesEndedByACarriageReturn_AreLinesToo(string lineEnd)
    {
        // Markdig ends a line at a lone "\r" as well; the test site would turn it into "\n", so this renders directly.
        var text = NestedLists(2000).Replace("\n", lineEnd, StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();

        new MarkdownRenderer(MarkdownFuzzTests.Model(), diagnostics).Render(new MarkdownText(text, SourceSpan.File("input/x.md"), 0), new PageCitations(), []);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("MD001", 65, 129), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(10)]
    public void NestingUpToTheLimit_Builds(int depth)
    {
        Assert.Empty(BuildWithSection(Repeat("> ", depth) + "a"));
        Assert.Empty(BuildWithSection(NestedLists(depth)));
        Assert.Empty(BuildWithSection(Repeat("*a _", depth / 2) + "b" + Repeat("_ a*", depth / 2)));
        Assert.Empty(BuildWithSection(Repeat("(", depth) + "a"));
    }

    [Fact]
    public void NestingUpToTheLimit_RendersEveryLevel()
    {
        // 64 levels render: Markdig's own limit is set above what the tree check lets through.
        var page = new TestSite().With("input/sections/start.md", Section(NestedLists(64) + "\n" + Repeat("> ", 64) + "deepest quote\n")).Build().Page("sections/start/index.html");

        Assert.Equal(64, CountOf(page, "<li>a"));
        Assert.Equal(64, CountOf(page, "<blockquote>"));
        Assert.Contains("deepest quote", page, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThan500MarksInAParagraph_IsMd002AtTheOneTooMany()
    {
        Assert.Equal(500, MarkdownLimits.MaxInlineMarks);
        var error = Assert.Single(BuildWithSection(Repeat("*a* ", 251)));

        // "*a* " is two marks: the 501st is the first '*' of the 251st.
        Assert.StartsWith($"input/sections/start.md:6:{250 * 4 + 1}: error MD002: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MarksAreCountedPerParagraph_PerListItem_AndNotInsideWords()
    {
        var markdown = string.Join("\n\n", Enumerable.Repeat(Repeat("*a* ", 250), 5)) + "\n\n"
            + string.Concat(Enumerable.Repeat("- **bold** [link](/) item\n", 1000)) + "\n"
            + string.Concat(Enumerable.Repeat("1. **bold** [link](/) item\n  - *nested* [link](/)\n", 300)) + "\n"
            + "> " + Repeat("*a* ", 200) + "\n>\n> " + Repeat("*a* ", 200) + "\n\n"
            + "# " + Repeat("*a* ", 200) + "\n" + Repeat("*a* ", 200) + "\n\n"
            + Repeat("snake_case_word ", 2000) + "\n\n"
            + Repeat("\\* \\[ ", 2000) + "\n";

        Assert.DoesNotContain(BuildWithSection(markdown), l => l.Contains("MD00", StringComparison.Ordinal));
    }

    // Lines that look as if they start something new but continue the paragraph before them, as Markdig reads them:
    // each must be counted with that paragraph, or a paragraph could be made of any number of marks.
    public static TheoryData<string, string> OneParagraph() => new()
    {
        { "items numbered other than 1", "x\n" + Repeat("2. " + Repeat("*a* ", 100) + "\n", 3) },
        { "empty items", "x\n" + Repeat("*\n" + Repeat("*a* ", 100) + "\n", 3) },
        { "items four columns in", "x\n" + Repeat("    - " + Repeat("*a* ", 100) + "\n", 3) },
        { "a fence four columns in", "x\n    ```\n" + Repeat(Repeat("*a* ", 100) + "\n", 3) },
        { "a heading four columns in", "x\n" + Repeat("    # " + Repeat("*a* ", 100) + "\n", 3) },
        { "a heading after a number", "x\n" + Repeat("2. # " + Repeat("*a* ", 100) + "\n", 3) },
        { "a quote's lines", "> x\n" + Repeat("> " + Repeat("*a* ", 100) + "\n", 3) },
        { "a quote's lines with a number", "> x\n" + Repeat("> 2. " + Repeat("*a* ", 100) + "\n", 3) },
        { "lazy lines of a list item", "- x\n" + Repeat(Repeat("*a* ", 100) + "\n", 3) },
        { "a table", "| a |\n| - |\n" + Repeat("| " + Repeat("*a* ", 100) + "|\n", 3) },
        { "runs after escaped marks", "x\n" + Repeat(Repeat("\\**a* ", 100) + "\n", 3) },
    };

    [Theory]
    [MemberData(nameof(OneParagraph))]
    public void LinesThatContinueAParagraph_AreCountedWithIt(string what, string markdown)
    {
        // Markdig reads it as one paragraph (or one table) with more than 500 marks: the check must see the same.
        var document = Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var emphases = document.Descendants<Markdig.Extensions.Tables.Table>().Any()
            ? document.Descendants<Markdig.Syntax.Inlines.EmphasisInline>().Count()
            : document.Descendants<ParagraphBlock>().Max(p => p.Inline!.Descendants<Markdig.Syntax.Inlines.EmphasisInline>().Count());
        Assert.True(emphases * 2 > MarkdownLimits.MaxInlineMarks, $"{what}: {emphases} emphases in one paragraph");

        Assert.Equal("MD002", MarkdownLimits.Check(markdown)?.Code);
    }

    // Each of these is a megabyte of Markdown (most in one paragraph): the shapes that made Markdig's time grow with
    // the square of a paragraph's length, or went past its limits. Bounded so that a regression shows as a failure, not
    // a hung test run: a quadratic shape on a megabyte runs for minutes (the worst never ended), while the slowest linear
    // one takes a few seconds in a Debug build and about 23 s with two other test assemblies sharing two cores, so the
    // bound is a minute. A longer run (larger inputs, every pairing of shapes) would only find slower constants.
    public static TheoryData<string, string> Megabyte() => new()
    {
        { "[", Repeat("[", 1_000_000) },
        { "*", Repeat("*", 1_000_000) },
        { "_", Repeat("_", 1_000_000) },
        { "<", Repeat("<", 1_000_000) },
        { "(", Repeat("(", 1_000_000) },
        { ">", Repeat(">", 1_000_000) },
        { "`", Repeat("`", 1_000_000) },
        { "\"", Repeat("\"", 1_000_000) },
        { "*a", Repeat("*a", 500_000) },
        { "[a](", Repeat("[a](", 250_000) },
        { "[a](b (", Repeat("[a](b (", 150_000) },
        { "[a][b] ", Repeat("[a][b] ", 150_000) },
        { "[@a ", Repeat("[@a ", 250_000) },
        { "word [x newline", Repeat("word [x\n", 125_000) },
        { "| cells", "| a |\n| - |\n" + Repeat("|", 200_000) }, // a fifth: a million cells is slow but not quadratic
        { "&#", Repeat("&#", 500_000) },
        { "\\", Repeat("\\", 1_000_000) },
        { "paragraphs of 500 marks", Repeat(Repeat("*a* ", 250) + "\n\n", 1000) },
        { "paragraphs of 500 unclosed brackets", Repeat(Repeat("[a ", 500) + "\n\n", 660) },
        { "a table of 160 rows with a link and bold text each", Repeat("| a | b |\n| - | - |\n" + Repeat("| **b** | [l](/x) |\n", 160) + "\n", 300) },
        { "paragraphs of 64 open parentheses", Repeat("[a](" + Repeat("(", 63) + "\n\n", 15_000) },
        { "paragraphs of 500 closed brackets", Repeat(Repeat("[a] ", 500) + "\n\n", 500) },
    };

    [Theory]
    [MemberData(nameof(Megabyte))]
    public void AMegabyteOfOneShape_EndsWithinSeconds_WithoutAnInternalError(string shape, string markdown)
    {
        var site = new TestSite().With("input/sections/start.md", Section(markdown));
        var clock = Stopwatch.StartNew();

        var result = site.Build();

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{shape}: {clock.Elapsed.TotalSeconds:F1} s");
        Assert.All(result.DiagnosticLines(), l => Assert.Matches(@"^input/sections/start\.md:\d+:\d+: error (MD001|MD002|LINK001|LINK002): ", l));
    }

    [Fact]
    public void TheTreeIsWalkedInMarkdigsOrder()
    {
        // Citations are numbered and links reported in the order the walk finds them: it must be document order.
        var text = "# [h](/a)\n\n> - [a](/b) *[c](/c) <https://d.example/>* [@x]\n>\n> | t | u |\n> | - | - |\n> | [e](/e) | ![f](/f) |\n\n[g](/g)";
        var document = Markdig.Markdown.Parse(text, new Markdig.MarkdownPipelineBuilder().UsePipeTables().Use<ExplainerMarkdownExtension>().Build());
        var found = new List<Markdig.Syntax.Inlines.Inline>();

        Assert.Null(MarkdownTree.Walk(document, found));

        var expected = document.Descendants().OfType<Markdig.Syntax.Inlines.Inline>()
            .Where(i => i is Markdig.Syntax.Inlines.LinkInline or Markdig.Syntax.Inlines.AutolinkInline or CitationInline).ToList();
        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, found);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Section(string markdown) => $"---\ntitle: The start\norder: 1\nsummary: How it began.\n---\n{markdown}\n";

    private static IReadOnlyList<string> BuildWithSection(string markdown) =>
        new TestSite().With("input/sections/start.md", Section(markdown)).Build().DiagnosticLines();
}
