using StaticSite.Core.Markdown;
using Xunit;

namespace StaticSite.Core.Tests;

public sealed class SearchTextTests
{
    [Fact]
    public void TheWords_AreTheHeadingsAndTextAsShown_WithWhiteSpaceSquashed()
    {
        var text = Of("## Five   Eyes\n\nThe *UKUSA*\nagreement.\n\n- one\n- two");

        Assert.Equal(["Five Eyes"], text.Headings);
        Assert.Equal("Five Eyes The UKUSA agreement. one two", text.Body);
    }

    [Fact]
    public void APageAfterALongerOne_HasNoneOfItsWords()
    {
        Of("## A long page\n\n" + string.Join("\n\n", Enumerable.Repeat("Many words in a paragraph of the first page.", 200)));

        var second = Of("Short.");

        Assert.Empty(second.Headings);
        Assert.Equal("Short.", second.Body);
        Assert.Equal("", Of("").Body);
    }

    private static SearchText Of(string markdown) => SearchText.Of(Markdig.Markdown.Parse(markdown));
}
