using StaticSite.Core.Visuals;
using Xunit;

namespace StaticSite.Core.Tests;

public sealed class MarkupTests
{
    [Theory]
    [InlineData(960.0, "960")]
    [InlineData(12.0, "12")]
    [InlineData(11.96, "12")]
    [InlineData(12.25, "12.2")] // to even, as Math.Round does
    [InlineData(12.26, "12.3")]
    [InlineData(-5.0, "-5")]
    [InlineData(-4.44, "-4.4")]
    [InlineData(0.04, "0")]
    public void Coordinates_HaveAtMostOneDecimal_AndNoneWhenWhole(double value, string written)
    {
        Assert.Equal(written, Markup.N(value));
    }

    [Fact]
    public async Task ADrawingAfterAnother_IsWrittenAsIfItWereTheThreadsFirst()
    {
        var onAFreshThread = await Task.Factory.StartNew(() => Draw("second", "<b>"), TestContext.Current.CancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Draw("first", "a & b");
        var afterAnother = Draw("second", "<b>");

        Assert.Equal("<figure class=\"second\"><svg xmlns=\"http://www.w3.org/2000/svg\"><title>&lt;b&gt;</title></svg></figure>", onAFreshThread);
        Assert.Equal(onAFreshThread, afterAnother);
    }

    [Fact]
    public void ADrawingThatFailedHalfway_LeavesNothingBehindForTheNext()
    {
        Assert.Throws<InvalidOperationException>(() => DrawHalfAndFail());

        Assert.Equal("<figure class=\"next\"><svg xmlns=\"http://www.w3.org/2000/svg\"><title>fine</title></svg></figure>", Draw("next", "fine"));
    }

    [Fact]
    public void TextAndAttributes_AreEncoded_AsTheLayoutsEncodeThem()
    {
        using var m = new Markup();
        m.Html("p", ("title", "\"quoted\" & <tagged>")).Text("<b> & a control character: \u0001").End();

        Assert.Equal("<p title=\"&quot;quoted&quot; &amp; &lt;tagged&gt;\">&lt;b&gt; &amp; a control character: &#x1;</p>", m.ToString());
    }

    [Fact]
    public void ADrawingMadeWhileAnotherIsOpen_HasAWriterOfItsOwn()
    {
        Draw("earlier", "leaves its writer to the next drawing");
        using var outer = new Markup();
        outer.Html("div");
        var inner = Draw("inner", "x");
        outer.Text("after").End();

        Assert.Equal("<div>after</div>", outer.ToString());
        Assert.Equal("<figure class=\"inner\"><svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg></figure>", inner);
    }

    private static void DrawHalfAndFail()
    {
        using var broken = new Markup();
        broken.Html("figure").Html("p").Text("half a drawing");
        throw new InvalidOperationException("the drawing's own code failed");
    }

    private static string Draw(string name, string title)
    {
        using var m = new Markup();
        m.Html("figure", ("class", name)).Svg("svg").SvgText("title", title).End().End();
        return m.ToString();
    }
}
