using System.Text;
using StaticSite.Explainer.Outputs.Visuals;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Visuals;

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

    [Theory]
    [InlineData(-0.5, "-0.5")]
    [InlineData(-0.04, "0")]
    [InlineData(1023.95, "1024")]
    [InlineData(123456.78, "123456.8")]
    public void Coordinates_AtTheEdges(double value, string written)
    {
        Assert.Equal(written, Markup.N(value));
    }

    // Written by hand from tenths, a coordinate must read as before: whole numbers as integers, others in the
    // invariant format "0.#".
    [Fact]
    public void Coordinates_ReadAsTheFormatZeroPointHashWroteThem()
    {
        static string Before(double value)
        {
            var rounded = Math.Round(value, 1);
            return rounded != Math.Floor(rounded) || Math.Abs(rounded) >= 1e15
                ? rounded.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)
                : ((long)rounded).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var random = new Random(8);
        var values = Enumerable.Range(-300_000, 600_001).Select(i => i / 100.0)
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.NextDouble() - 0.5) * 1e7));
        foreach (var value in values)
        {
            Assert.Equal(Before(value), Markup.N(value));
        }
    }

    [Fact]
    public void ADrawing_IsWrittenAfterWhatItsPageHolds()
    {
        var page = new StringBuilder("<main>");
        new Markup(page).Html("figure", ("class", "x")).Svg("svg").SvgText("title", "a & b").End().End();

        Assert.Equal("<main><figure class=\"x\"><svg xmlns=\"http://www.w3.org/2000/svg\"><title>a &amp; b</title></svg></figure>", page.ToString());
    }

    [Fact]
    public void TextAndAttributes_AreEncoded_AsTheLayoutsEncodeThem()
    {
        var m = new Markup(new StringBuilder());
        m.Html("p", ("title", "\"quoted\" & <tagged>")).Text("<b> & a control character: \u0001").End();

        Assert.Equal("<p title=\"&quot;quoted&quot; &amp; &lt;tagged&gt;\">&lt;b&gt; &amp; a control character: &#x1;</p>", m.ToString());
    }
}
