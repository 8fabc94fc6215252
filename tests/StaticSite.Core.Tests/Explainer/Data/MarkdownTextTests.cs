using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Data;

public sealed class MarkdownTextTests
{
    private static readonly SourceSpan At = new("input/episodes/huawei.yml", 4, 3);

    [Fact]
    public void GivesBackTheTextItWasMadeWith_InEveryScript()
    {
        const string text = "GCHQ’s *Huawei* review — «5G», 情報, ✓\n\nSecond paragraph.";

        Assert.Equal(text, new MarkdownText(text, At, 2).Text);
    }

    [Fact]
    public void IsEqualToAnotherWithTheSameTextAndPlace_AndOnlyThen()
    {
        var text = new MarkdownText("The same body.", At, 2);

        Assert.Equal(new MarkdownText("The same body.", At, 2), text);
        Assert.Equal(new MarkdownText("The same body.", At, 2).GetHashCode(), text.GetHashCode());
        Assert.NotEqual(new MarkdownText("The same body!", At, 2), text);
        Assert.NotEqual(new MarkdownText("The same body.", At with { Line = 5 }, 2), text);
        Assert.NotEqual(new MarkdownText("The same body.", At, 0), text);
    }

    [Theory]
    [InlineData(1, 0, 0, 0, 4, 1)] // a body after front matter: starts at the first column of its line
    [InlineData(1, 0, 0, 5, 4, 6)]
    [InlineData(1, 0, 1, 5, 5, 6)]
    [InlineData(7, 0, 0, 0, 4, 7)] // a quoted value: the first line starts where the value does, the next at the first column
    [InlineData(7, 0, 0, 5, 4, 12)]
    [InlineData(7, 0, 1, 0, 5, 1)]
    [InlineData(1, 2, 0, 0, 4, 3)] // a block scalar indented by two: every line, the first too, starts after the indent
    [InlineData(1, 2, 0, 128, 4, 131)]
    [InlineData(1, 2, 2, 7, 6, 10)]
    public void At_MapsALineAndColumnOfTheTextToTheFile(int startColumn, int indent, int line, int column, int fileLine, int fileColumn)
    {
        var text = new MarkdownText("text", At with { Column = startColumn }, indent);

        Assert.Equal(new SourceSpan(At.Path, fileLine, fileColumn), text.At(line, column));
    }
}
