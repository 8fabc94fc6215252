using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Data;

/// <summary>Agencies, episodes, people and terms may be written as Markdown with front matter instead of YAML.</summary>
public sealed class MarkdownDataFileTests
{
    private const string EpisodeAsMarkdown = """
        ---
        title: The UKUSA agreement
        date: 1946-03-05
        end_date: 1948
        agencies: [gchq, nsa]
        people: [author]
        summary: The two countries agreed to share signals intelligence.
        outcome: The partnership began.
        sources: [article]
        ---
        ## What happened
        The agreement was signed in 1946 [@article]. It covers signals intelligence.
        """;

    [Fact]
    public void AnEpisodeInMarkdown_BuildsTheSamePagesAsTheSameEpisodeInYaml()
    {
        var fromYaml = new TestSite().Build();
        var fromMarkdown = new TestSite().Without("input/episodes/ukusa.yml").With("input/episodes/ukusa.md", EpisodeAsMarkdown).Build();

        Assert.True(fromMarkdown.Succeeded, string.Join("\n", fromMarkdown.DiagnosticLines()));
        Assert.Contains("The agreement was signed in 1946", fromMarkdown.Page("episodes/ukusa/index.html"));
        foreach (var page in new[] { "episodes/ukusa/index.html", "episodes/index.html", "search/index.json", "sources/index.html" })
        {
            Assert.Equal(fromYaml.Page(page), fromMarkdown.Page(page));
        }
    }

    [Fact]
    public void AnEpisodeInBothForms_IsReportedAsTwoFilesWithOneId()
    {
        var result = new TestSite().With("input/episodes/ukusa.md", EpisodeAsMarkdown).Build();

        Assert.Contains(result.DiagnosticLines(), l => l.Contains("error DATA006: two entities have the id 'ukusa'", StringComparison.Ordinal));
    }
}
