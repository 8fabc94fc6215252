using System.Text;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Explainer.Data;
using Xunit;

namespace StaticSite.Core.Tests.Engine.Modules;

public sealed class FrontMatterTests
{
    private static readonly SourceFile File = new("episodes/a.md", "input/episodes/a.md", () => []);

    private static (string Yaml, string Body, int BodyLine)? Split(string text, DiagnosticBag? diagnostics = null) =>
        FrontMatter.Split(File, Encoding.UTF8.GetBytes(text), diagnostics ?? new DiagnosticBag()) is var (yaml, body, line)
            ? (yaml, Encoding.UTF8.GetString(body.Span), line)
            : null;

    [Fact]
    public void SplitsTheYamlFromTheMarkdown_AndSaysOnWhichLineTheMarkdownStarts()
    {
        Assert.Equal(("title: A\ndate: 2020", "# Body\n\nText.\n", 5), Split("---\ntitle: A\ndate: 2020\n---\n# Body\n\nText.\n"));
    }

    [Theory]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody\r\n", "title: A", "Body\n", 4)] // Windows line ends
    [InlineData("---  \ntitle: A\n...\nBody", "title: A", "Body", 4)]           // '...' also closes; spaces after '---'
    [InlineData("---\n---\nBody", "", "Body", 3)]                                // no fields
    [InlineData("---\ntitle: A\n---", "title: A", "", 4)]                        // no body, no last line end
    [InlineData("\uFEFF---\ntitle: Ä\n---\nBody é", "title: Ä", "Body é", 4)]       // a byte order mark; letters beyond ASCII
    public void ReadsTheForms_YamlAllows(string text, string yaml, string body, int bodyLine)
    {
        Assert.Equal((yaml, body, bodyLine), Split(text));
    }

    [Fact]
    public void TheBody_IsASliceOfTheFilesBytes_NotACopy()
    {
        var file = Encoding.UTF8.GetBytes("---\ntitle: A\n---\nBody\n");

        var (_, body, _) = FrontMatter.Split(File, file, new DiagnosticBag())!.Value;

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var slice));
        Assert.Same(file, slice.Array);
        Assert.Equal("Body\n", Encoding.UTF8.GetString(body.Span));
    }

    [Theory]
    [InlineData("# No front matter\n", "FM001")]
    [InlineData("", "FM001")]
    [InlineData("---\ntitle: A\nBody without a closing line\n", "FM002")]
    [InlineData("---", "FM002")]
    public void ReportsFrontMatterThatIsMissingOrNeverEnds(string text, string code)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(Split(text, diagnostics));
        Assert.Equal(code, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
