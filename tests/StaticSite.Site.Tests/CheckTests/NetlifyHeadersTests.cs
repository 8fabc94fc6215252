using StaticSite.Site.Tests.Hosting;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>netlify.toml's [[headers]] are read and matched as Netlify does.</summary>
public sealed class NetlifyHeadersTests
{
    private static readonly NetlifyHeaders Production = NetlifyHeaders.Load(RepositoryPaths.NetlifyToml);

    [Theory]
    [InlineData("/")]
    [InlineData("/agencies/gchq/")]
    [InlineData("/404.html")]
    public void EveryPath_GetsTheContentSecurityPolicy(string path)
    {
        Assert.Contains("default-src 'self'", Production.For(path)["Content-Security-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public void SplatPattern_MatchesOnlyBelowItsFolder()
    {
        var rule = new NetlifyHeaderRule("/assets/*", [KeyValuePair.Create("Cache-Control", "immutable")]);

        Assert.True(rule.Matches("/assets/site.css"));
        Assert.True(rule.Matches("/assets/fonts/a.woff2"));
        Assert.False(rule.Matches("/agencies/assets.html"));
    }

    [Fact]
    public void PlaceholderPattern_MatchesOneSegment()
    {
        var rule = new NetlifyHeaderRule("/agencies/:id/", []);

        Assert.True(rule.Matches("/agencies/gchq/"));
        Assert.False(rule.Matches("/agencies/gchq/extra/"));
    }

    [Fact]
    public void HeaderNamedByTwoMatchingRules_GetsBothValues()
    {
        var headers = new NetlifyHeaders([
            new NetlifyHeaderRule("/*", [KeyValuePair.Create("Link", "</a.css>; rel=preload")]),
            new NetlifyHeaderRule("/x/*", [KeyValuePair.Create("Link", "</b.css>; rel=preload")]),
        ]);

        Assert.Equal("</a.css>; rel=preload, </b.css>; rel=preload", headers.For("/x/y")["Link"]);
    }
}
