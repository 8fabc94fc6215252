using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>The search page's A–Z, the page without JavaScript, files every title by the words that matter.</summary>
public sealed partial class SearchPageTests
{
    [Theory]
    [InlineData("The Binyam Mohamed case", "Binyam Mohamed case")]
    [InlineData("A former director of GCHQ", "former director of GCHQ")]
    [InlineData("An agreement", "agreement")]
    [InlineData("Andrew Parker", "Andrew Parker")]
    [InlineData("Theresa May", "Theresa May")]
    [InlineData("The", "The")]
    [InlineData("A", "A")]
    public void ALeadingArticle_IsNotWhatATitleIsFiledBy(string title, string filed)
    {
        Assert.Equal(filed, SearchPage.FilingText(title));
    }

    [Theory]
    [InlineData("B", "The Binyam Mohamed case")]
    [InlineData("F", "A former director of GCHQ")]
    [InlineData("F", "A former UK intelligence officer")]
    [InlineData("U", "The UKUSA Agreement")]
    public void TheRealAToZ_FilesTitlesUnderTheirFirstWordThatMatters(string letter, string title)
    {
        Assert.Contains(title, Letters()[letter]);
    }

    [Fact]
    public void TheRealAToZ_SortsEachLetterByTheWordsThatMatter()
    {
        foreach (var (letter, titles) in Letters())
        {
            var filed = titles.Select(SearchPage.FilingText).ToList();
            Assert.True(filed.SequenceEqual(filed.Order(StringComparer.OrdinalIgnoreCase)), $"{letter}: {string.Join(" / ", titles)}");
        }
    }

    private static Dictionary<string, List<string>> Letters()
    {
        var html = RealSite.Text("/search/");
        var letters = Group().Matches(html).ToDictionary(m => m.Groups[1].Value,
            m => Item().Matches(m.Groups[2].Value).Select(i => System.Net.WebUtility.HtmlDecode(i.Groups[1].Value)).ToList());
        Assert.True(letters.Count > 10, "the A–Z was not found on /search/");
        return letters;
    }

    [GeneratedRegex("""<h3 id="az-[a-z]+">(.+?)</h3>\s*<ul class="link-list">(.*?)</ul>""", RegexOptions.Singleline)]
    private static partial Regex Group();

    [GeneratedRegex("""<li><a href="[^"]*">(.*?)</a>""")]
    private static partial Regex Item();
}
