using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>An episode page's "Related episodes": the three sharing most agencies and people, ties to the nearer in time, then the earlier.</summary>
public sealed partial class RelatedEpisodesTests
{
    private static string Episode(string title, string date, string agencies, string people = "[]") => $"""
        title: {title}
        date: {date}
        agencies: {agencies}
        people: {people}
        summary: A test episode.
        body: It happened.
        outcome: Nothing changed.
        sources: [article]
        """;

    [Fact]
    public void MostSharedComeFirst_TiesGoToTheNearerThenTheEarlierEpisode_AndThereAreAtMostThree()
    {
        // ukusa (1946) names gchq, nsa and the author.
        var result = new TestSite()
            .With("input/episodes/shares-all.yml", Episode("Shares all", "1990-01-01", "[gchq, nsa]", "[author]"))
            .With("input/episodes/shares-two.yml", Episode("Shares two", "1980-01-01", "[gchq]", "[author]"))
            .With("input/episodes/one-late.yml", Episode("One late", "1970-01-01", "[nsa]"))
            .With("input/episodes/one-early.yml", Episode("One early", "1930-01-01", "[gchq]"))
            .Build();

        Assert.True(result.Succeeded, string.Join("\n", result.DiagnosticLines()));
        Assert.Equal(["Shares all", "Shares two", "One early"], RelatedOn(result.Page("episodes/ukusa/index.html")));
        // From "One early": ukusa, "Shares two" and "Shares all" share gchq once each; the nearest two in time win.
        Assert.Equal(["The UKUSA agreement", "Shares two", "Shares all"], RelatedOn(result.Page("episodes/one-early/index.html")));
        // From "Shares all" (1990): "One late" (1970) and "One early" (1930) share one agency each; the nearer wins.
        Assert.Equal(["The UKUSA agreement", "Shares two", "One late"], RelatedOn(result.Page("episodes/shares-all/index.html")));
    }

    private static List<string> RelatedOn(string html)
    {
        var section = html[html.IndexOf("id=\"related-heading\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        return [.. LinkText().Matches(section).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<a [^>]*href=\"[^\"]*\"[^>]*>([^<]*)</a>")]
    private static partial Regex LinkText();
}
