using StaticSite.Core.Data;
using StaticSite.Core.Diagnostics;
using Xunit;

namespace StaticSite.Core.Tests;

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
}
