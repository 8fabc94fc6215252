using StaticSite.Core.Tests.Support;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Core.Tests.Engine.Diagnostics;

public sealed class SuggestTests
{
    private static readonly string[] Sources = ["guardian-snowden-2013", "reuters-prism-2013", "nyt-snowden-2014"];

    [Theory]
    [InlineData("gchk", "gchq")]                  // one letter wrong
    [InlineData("gcqh", "gchq")]                  // two letters swapped: one edit
    [InlineData("upcsae", "upcase")]
    [InlineData("agencies", "agency")]            // three edits in eight letters
    [InlineData("nyt-snowden-2013", "nyt-snowden-2014")]
    [InlineData("reuters-prsim-2013", "reuters-prism-2013")]
    public void ATypo_IsOffered(string wanted, string expected) =>
        Assert.Equal(expected, Suggest.Nearest(wanted, [expected, .. Sources, "nsa"]));

    [Theory]
    [InlineData("nyt-snowden-2013")]              // shares only its tail with guardian-snowden-2013: another source
    [InlineData("bbc-prism-2013")]
    [InlineData("fbi")]
    public void ADifferentName_IsNotOffered(string wanted) =>
        Assert.Null(Suggest.Nearest(wanted, ["guardian-snowden-2013", "reuters-prism-2013", "gchq"]));

    [Theory]
    [InlineData("gchq", "gchq", 0)]
    [InlineData("gcqh", "gchq", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("nyt-snowden-2013", "guardian-snowden-2013", 8)]
    public void Distance_CountsASwapAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggest.Distance(a, b));
        Assert.Equal(expected, Suggest.Distance(b, a));
    }

    [Fact]
    public void AnUnknownSourceInAnEpisode_GetsNoHintToAnotherPublishersArticle()
    {
        var site = new TestSite()
            .With("input/sources/guardian-snowden-2013.yml", "title: Snowden\npublisher: The Guardian\ndate: 2013-06-06\nurl: https://example.org/g\nkind: article\n");
        var episode = site.Files["input/episodes/ukusa.yml"].Replace("sources: [article]", "sources: [article, nyt-snowden-2013]", StringComparison.Ordinal);

        var lines = site.With("input/episodes/ukusa.yml", episode).Build().DiagnosticLines();

        var line = Assert.Single(lines, l => l.Contains("nyt-snowden-2013", StringComparison.Ordinal));
        Assert.EndsWith("error DATA004: source 'nyt-snowden-2013' is not defined in input/sources/", line);
    }
}
