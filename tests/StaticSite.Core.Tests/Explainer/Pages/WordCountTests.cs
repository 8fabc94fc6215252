using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Pages;

public sealed class WordCountTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("one")]
    [InlineData("  two words  ")]
    [InlineData("line\nbreaks\r\nand\ttabs")]
    [InlineData("no\u00A0break and\u2003em spaces")]
    [InlineData("## A heading\n\n- a list [@source] with *emphasis*.\n")]
    public void CountWords_CountsWhatSplittingOnWhiteSpaceCounts(string text) =>
        Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, StoryPages.CountWords(text));
}
