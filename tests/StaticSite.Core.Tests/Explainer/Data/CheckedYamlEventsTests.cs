using System.Diagnostics;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;

namespace StaticSite.Core.Tests.Explainer.Data;

/// <summary>The YAML limits hold at their edges, and what they refuse is refused at once, before anything is built.</summary>
public sealed class CheckedYamlEventsTests
{
    [Fact]
    public void NestingAtTheLimit_IsRead_AndOneLevelMore_IsRefusedAtItsBracket()
    {
        // The top-level mapping is the first level, so 63 brackets reach the limit.
        var atLimit = Load($"deep: {new string('[', CheckedYamlEvents.MaxDepth - 1)}{new string(']', CheckedYamlEvents.MaxDepth - 1)}\n");
        var over = Load($"deep: {new string('[', CheckedYamlEvents.MaxDepth)}{new string(']', CheckedYamlEvents.MaxDepth)}\n");

        Assert.Empty(atLimit);
        Assert.StartsWith($"input/x.yml:1:{6 + CheckedYamlEvents.MaxDepth}: error DATA012: ", Assert.Single(over), StringComparison.Ordinal);
    }

    // Deep enough to overflow the stack, which would end the test process: the check stops it at the limit.
    [Theory]
    [InlineData(100_000, "[", "]")]
    [InlineData(100_000, "{a: ", "}")]
    public void NestingFarBeyondTheLimit_IsRefused_WithoutRunningOutOfStack(int depth, string open, string close)
    {
        var problems = Load($"deep: {string.Concat(Enumerable.Repeat(open, depth))}1{string.Concat(Enumerable.Repeat(close, depth))}\n");

        Assert.Contains("error DATA012", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAliasBombAsAKey_IsRefusedAtOnce()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var level = 'b'; level <= 'i'; level++) lines.Add($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 10))}]");
        lines.Add("? *i\n: v");
        var clock = Stopwatch.StartNew();

        var problems = Load(string.Join('\n', lines) + "\n");

        Assert.StartsWith("input/x.yml:1:4: error DATA010: ", Assert.Single(problems), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("---\ntitle: x\n")] // an explicit start of the one document
    [InlineData("title: x\n...\n")] // an explicit end, nothing after it
    [InlineData("title: 'a & b, *not* an alias'\n")]
    public void OneDocument_WithoutAnchors_IsRead(string yaml) => Assert.Empty(Load(yaml));

    private static IReadOnlyList<string> Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        YamlSource.Load(new SourceFile("x.yml", "input/x.yml", () => []), yaml, 0, diagnostics);
        return diagnostics.ToSortedList().Select(d => d.ToString()).ToList();
    }
}
