using StaticSite.Engine.IO;
using Xunit;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>The names given to content (asset fingerprints, share card keys): the same bytes, the same name.</summary>
public sealed class ContentHashTests
{
    [Fact]
    public void TheSameBytes_GetTheSameName_AndOtherBytesAnother()
    {
        byte[] css = "body { color: #0b0c0c; }"u8.ToArray();

        var name = ContentHash.Hex(css);

        Assert.Matches("^[0-9a-f]{32}$", name);
        Assert.Equal(name, ContentHash.Hex(css.ToArray()));
        Assert.NotEqual(name, ContentHash.Hex("body { color: #0b0c0d; }"u8));
        Assert.NotEqual(name, ContentHash.Hex([]));
    }

    [Fact]
    public void TheNameIsXxh128_SoBuildsAnywhereAgreeOnIt()
    {
        // XXH128 of no bytes, as the algorithm's specification gives it: a change of algorithm would rename every asset.
        Assert.Equal("99aa06d3014798d86001c324468d497f", ContentHash.Hex([]));
    }
}
