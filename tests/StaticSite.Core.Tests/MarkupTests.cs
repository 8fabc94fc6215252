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
}
