namespace StaticSite.Preview.Tests;

public sealed class NetlifyHeadersTests
{
    [Fact]
    public void RulesFromNetlifyToml_ApplyByPattern_AndPreviewNeverCaches()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            [[headers]]
              for = "/*"
              [headers.values]
                Content-Security-Policy = "default-src 'self'"
            [[headers]]
              for = "/assets/*"
              [headers.values]
                Cache-Control = "public, max-age=31536000, immutable"
            """);
        var headers = NetlifyHeaders.Load(path);
        File.Delete(path);

        Assert.Equal("default-src 'self'", headers.For("/agencies/")["Content-Security-Policy"]);
        Assert.Equal("default-src 'self'", headers.For("/assets/css/site.css")["Content-Security-Policy"]);
        Assert.Equal("no-cache", headers.For("/assets/css/site.css")["Cache-Control"]);
    }
}
