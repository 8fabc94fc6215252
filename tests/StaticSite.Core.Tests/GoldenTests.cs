using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests;

/// <summary>Every case in Golden/: the exact diagnostics (path:line:col) and, where given, exact output files.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateFiles(GoldenCase.Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GivesExactlyTheExpectedDiagnosticsAndFiles(string name)
    {
        var golden = GoldenCase.Load(name);
        if (golden.DiskBlocks.Count > 0)
        {
            CheckOnDisk(golden);
            return;
        }
        var result = golden.Site().Build();
        var actual = string.Concat(result.DiagnosticLines().Select(l => l + "\n"));

        if (GoldenCase.Updating)
        {
            golden.Update("diagnostics", actual);
            return;
        }
        Assert.Equal(golden.Block("diagnostics") ?? "", actual);
        foreach (var (blockName, expected) in golden.Blocks.Where(b => b.Name.StartsWith("expected/", StringComparison.Ordinal)))
        {
            Assert.Equal(expected.TrimEnd('\n'), result.Page(blockName["expected/".Length..]).TrimEnd('\n'));
        }
    }

    // Built from a temporary folder: links, pipes and permissions exist only on a disk. Diagnostics only.
    private static void CheckOnDisk(GoldenCase golden)
    {
        using var site = new DiskSite(golden);
        if (site.CannotRun() is { } reason) Assert.Skip(reason);
        var actual = string.Concat(site.Diagnostics().Select(l => l + "\n"));
        if (GoldenCase.Updating)
        {
            golden.Update("diagnostics", actual);
            return;
        }
        Assert.Equal(golden.Block("diagnostics") ?? "", actual);
    }

    [Fact]
    public void EveryDiagnosticCodeInTheDocs_HasAGoldenCase()
    {
        var documented = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Repository.PathOf("docs/diagnostics.md")), @"^## ([A-Z]+\d{3})", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet();
        var covered = Directory.EnumerateFiles(GoldenCase.Folder, "*.txt")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @" (?:error|warning) ([A-Z]+\d{3}):").Select(m => m.Groups[1].Value))
            .ToHashSet();
        // Preview-only codes have no golden case (a golden case is one build); a preview test pins each instead.
        var previewTests = string.Concat(Directory.EnumerateFiles(Repository.PathOf("tests/StaticSite.Preview.Tests"), "*.cs").Select(File.ReadAllText));
        covered.UnionWith(documented.Where(code => code.StartsWith("PRV", StringComparison.Ordinal) && previewTests.Contains($"\"{code}\"", StringComparison.Ordinal)));
        Assert.NotEmpty(documented);
        Assert.Empty(documented.Except(covered).Order());
    }
}
