using StaticSite.Cli;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer;
using StaticSite.Explainer.Data;

namespace StaticSite.Core.Tests.Cli;

/// <summary>'staticsite new': a file for every kind that builds, and the build's own diagnostics for an id it would refuse.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class NewCommandTests
{
    [Fact]
    public void New_ForEveryKind_WritesAFileTheBuildAccepts_SaveThatAnEventNeedsItsOwner()
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var input = Path.Combine(folder.Path, "input");
        var site = new TestSite();
        foreach (var kind in EntityKind.All)
        {
            var title = $"A new {kind.What}: \"quoted\" # not a comment";
            var (code, stdout, stderr) = InProcessCli.Run("new", kind.Name, $"new-{kind.Name}", "--title", title, "--input", input);
            Assert.True(code == ExitCodes.Ok, stderr);
            var written = $"input/{kind.Folder}/new-{kind.Name}{kind.FileExtensions[0]}";
            // The path as the build shows it: relative to the repository (here, the current folder).
            Assert.Matches($@"^created (\S*/)?{System.Text.RegularExpressions.Regex.Escape(written)}: give each value marked TODO, then run 'staticsite check'\n$", stdout.ReplaceLineEndings("\n"));
            site.With(written, File.ReadAllText(Path.Combine(folder.Path, written)));
        }

        var result = site.Build();

        // The one rule between fields a new file cannot meet by itself: an event belongs to an agency or an episode.
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("DATA021", "input/events/new-event.yml"), (error.Code, error.Location.Path));
        site.With("input/events/new-event.yml", File.ReadAllText(Path.Combine(input, "events/new-event.yml")).Replace("# agency: my-id", "agency: gchq", StringComparison.Ordinal));
        result = site.Build();
        Assert.Empty(result.Diagnostics);
        var model = result.Documents[ExplainerSite.ModelPipeline].Single().ModelAs<SiteModel>();
        foreach (var kind in EntityKind.All)
        {
            // --title gives the first field: the title, or the name (an agency's full one), or the term.
            var entity = model.All(kind).Single(e => e.Id == $"new-{kind.Name}");
            Assert.Equal($"A new {kind.What}: \"quoted\" # not a comment", entity is Agency agency ? agency.Name : entity.DisplayName);
        }
    }

    [Fact]
    public void New_Section_TakesTheNextFreeOrder()
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        Assert.Equal(ExitCodes.Ok, InProcessCli.Run("new", "section", "second", "--input", Path.Combine(folder.Path, "input")).Code);
        Assert.Equal(ExitCodes.Ok, InProcessCli.Run("new", "section", "third", "--input", Path.Combine(folder.Path, "input")).Code);

        Assert.Contains("\norder: 2  #", File.ReadAllText(Path.Combine(folder.Path, "input/sections/second.md")), StringComparison.Ordinal);
        Assert.Contains("\norder: 3  #", File.ReadAllText(Path.Combine(folder.Path, "input/sections/third.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithAnIdTheKindHas_IsRefusedWithTheBuildsDuplicateIdError_AndChangesNothing()
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var gchq = Path.Combine(folder.Path, "input/agencies/gchq.yml");
        var before = File.ReadAllText(gchq);

        var (code, _, stderr) = InProcessCli.Run("new", "agency", "gchq", "--input", Path.Combine(folder.Path, "input"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.EndsWith("input/agencies/gchq.yml:1:1: error DATA006: two entities have the id 'gchq'; the other is " +
            Path.GetRelativePath(RepositoryRoot.Find(folder.Path), gchq).Replace('\\', '/') + "\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(gchq));
    }

    [Theory]
    [InlineData("GCHQ")]
    [InlineData("five eyes")]
    [InlineData("gchq.old")]
    [InlineData("tab\there")]
    public void New_WithAnIdTheBuildWouldRefuse_GivesTheBuildsOwnMessage(string id)
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var (code, _, stderr) = InProcessCli.Run("new", "agency", id, "--input", Path.Combine(folder.Path, "input"));

        // The build's message for a file so named, after its position.
        var built = new TestSite().With($"input/agencies/{id}.yml", File.ReadAllText(Path.Combine(folder.Path, "input/agencies/nsa.yml"))).Build();
        var expected = Assert.Single(built.Diagnostics, d => d.Code == "OUT002").ToString();
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.EndsWith(expected[expected.IndexOf(": error OUT002", StringComparison.Ordinal)..] + "\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(folder.Path, "input/agencies")).Length);
    }

    [Theory]
    [InlineData("../escaped")]
    [InlineData("../../escaped")]
    [InlineData("/tmp/escaped")]
    [InlineData("a/b")]
    [InlineData("line\nbreak")]
    [InlineData("")]
    public void New_WithAPathForAnId_IsRefusedAsOut002_AndWritesNothingAnywhere(string id)
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var before = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Length;

        var (code, _, stderr) = InProcessCli.Run("new", "agency", id, "--input", Path.Combine(folder.Path, "input"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error OUT002: '", stderr, StringComparison.Ordinal);
        Assert.Contains("ids become URLs, so use lower-case letters, digits and hyphens", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\nline", stderr, StringComparison.Ordinal); // a line break in the id is shown, not printed
        Assert.Equal(before, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Length);
        Assert.False(File.Exists(Path.Combine(folder.Path, "escaped.yml")) || File.Exists(Path.Combine(Path.GetDirectoryName(folder.Path)!, "escaped.yml")));
    }

    [Theory]
    [InlineData("agncy", "agency")]
    [InlineData("agencies", "agency")]
    [InlineData("Episode", "episode")]
    [InlineData("peple", "people")]
    public void New_WithAnUnknownKind_ExitsTwo_NamingTheNearestKind(string kind, string nearest)
    {
        using var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        var (code, _, stderr) = InProcessCli.Run("new", kind, "x", "--input", Path.Combine(folder.Path, "input"));

        Assert.Equal(ExitCodes.Usage, code);
        var expected = EntityKind.All.FirstOrDefault(k => k.Folder == nearest)?.Name ?? nearest;
        Assert.Contains($"error: unknown kind of content '{kind}' (did you mean '{expected}'?); the kinds are section, agency, episode, person, glossary, source, event", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithoutAnId_IsAUsageError()
    {
        Assert.Equal(ExitCodes.Usage, InProcessCli.Run("new", "agency").Code);
    }
}
