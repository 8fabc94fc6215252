using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Engine.Pipelines;
using Xunit;

namespace StaticSite.Core.Tests.Engine.Modules;

public sealed class ReadFilesTests
{
    private const string Term = """
        term: Five Eyes
        short: The intelligence alliance of five English-speaking countries.
        body: Australia, Canada, New Zealand, the United Kingdom and the United States.
        """;

    [Fact]
    public void EachFileIsRead_OnceAndOnlyByTheModuleThatParsesIt()
    {
        var reads = 0;
        var file = new SourceFile("glossary/five-eyes.yml", "input/glossary/five-eyes.yml", () =>
        {
            Interlocked.Increment(ref reads);
            return System.Text.Encoding.UTF8.GetBytes(Term);
        });
        var context = new BuildContext(new SiteFiles([file], []), new DiagnosticBag(), TestContext.Current.CancellationToken);

        var listed = new ReadFiles("glossary", ".yml").Execute([], context);
        var readWhenListed = reads;
        var parsed = new ParseEntities<GlossaryTerm>(GlossaryTerm.Read).Execute(listed, context);

        Assert.Equal(0, readWhenListed);
        Assert.Equal(1, reads);
        Assert.Empty(context.Diagnostics.ToSortedList());
        Assert.Equal("Five Eyes", Assert.IsType<GlossaryTerm>(Assert.Single(parsed).Model).Term);
    }
}
