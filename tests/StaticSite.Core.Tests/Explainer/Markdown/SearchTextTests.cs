using StaticSite.Explainer.Markdown;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Markdown;

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

    [Fact]
    public void Squashing_IsSplittingOnWhiteSpaceAndJoiningWithSpaces_AcrossTheBuildersChunks()
    {
        // Tabs, line breaks, a no-break space and an em space are white space too; letters beyond ASCII are not.
        const string Palette = "ab é.\t\n\u00A0\u2003  ";
        var random = new Random(20261127);
        for (var round = 0; round < 500; round++)
        {
            // Every other round, words with one space between: text that is already squashed, or nearly.
            var text = round % 2 == 0
                ? new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => Palette[random.Next(Palette.Length)])])
                : string.Join(' ', Enumerable.Range(0, random.Next(0, 8)).Select(_ => new string('é', random.Next(0, 4)) + (random.Next(20) == 0 ? "\n" : "")));
            // Appended in pieces to a builder that starts tiny, so words and runs of spaces cross its chunks.
            var words = new System.Text.StringBuilder(1);
            for (var at = 0; at < text.Length;)
            {
                var piece = Math.Min(text.Length - at, random.Next(1, 5));
                words.Append(text, at, piece);
                at += piece;
            }
            var target = new System.Text.StringBuilder("kept|");

            var wrote = SearchText.AppendSquashed(target, words);

            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("kept|" + expected, target.ToString());
            Assert.Equal(expected.Length > 0, wrote);
        }
    }

    private static SearchText Of(string markdown) => SearchText.Of(Markdig.Markdown.Parse(markdown));
}
