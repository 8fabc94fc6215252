using System.Diagnostics;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Markdown;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Explainer.Markdown;

/// <summary>
/// Random Markdown made of the pieces that nest, open, close and escape: whatever comes out, rendering it ends
/// quickly with HTML or with diagnostics, never with an exception.
/// </summary>
public sealed class MarkdownFuzzTests
{
    private static readonly string[] Pieces =
    [
        "> ", "- ", "* ", "1. ", "2) ", "    ", "\t", "\n", "\n\n", "\r", "\r\n", "#", "# ", "```", "~~~", "|", "| - |",
        "*", "**", "_", "__", "[", "]", "![", "](", "(", ")", "[@", "@a", ";", "]: ", "<", ">", "`", "\\", "\"",
        "&#106;", "&", "javascript:", "](javascript:alert(1))", "<JavaScript:x>", "](data:x)", "xref:agency/gchq", "https://example.org/", "a", "word ", " ", "-", "=",
    ];

    [Fact]
    public void RandomMarkdown_RendersOrIsRefused_WithinSeconds()
    {
        // 400 texts of up to 20,000 pieces from a fixed seed (FUZZ_SEED picks another), stopped after 60 s: a longer
        // run (more texts, more seeds, longer texts) would search more of the same space.
        var diagnostics = new DiagnosticBag();
        var renderer = new MarkdownRenderer(Model(), diagnostics);
        var seeded = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed);
        var random = new Random(seeded ? seed : 20261206);
        var budget = Stopwatch.StartNew();
        for (var round = 0; round < 400 && budget.Elapsed < TimeSpan.FromSeconds(60); round++)
        {
            var length = random.Next(1, round % 10 == 0 ? 20_000 : 400);
            // A piece now and then repeated up to 300 times: runs are what nest deep.
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)] is var piece && random.Next(10) == 0
                ? string.Concat(Enumerable.Repeat(piece, random.Next(2, 300))) : piece));
            var clock = Stopwatch.StartNew();
            var (html, _) = renderer.Render(new MarkdownText(text, SourceSpan.File("input/fuzz.md"), 0), new PageCitations(), []);
            _ = html.ToString();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"round {round}: {clock.Elapsed.TotalSeconds:F1} s for {text.Length} characters");
        }
        // The texts of the fixed seed reach every limit, or the test would say little.
        if (!seeded) Assert.Subset(diagnostics.ToSortedList().Select(d => d.Code).ToHashSet(), new HashSet<string> { "MD001", "MD002", "LINK003" });
    }

    /// <summary>The model of the test site, for rendering Markdown on its own.</summary>
    internal static SiteModel Model()
    {
        var result = ExplainerSite.Build(SiteFiles.FromMemory(new TestSite().Files.ToDictionary()), null);
        return result.Documents[ExplainerSite.ModelPipeline].Single().ModelAs<SiteModel>();
    }
}
