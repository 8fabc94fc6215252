using StaticSite.Core.Explainer;

namespace StaticSite.Core.Tests;

public sealed class CheckLinksTests
{
    [Theory]
    [InlineData("/agencies/gchq/", "/episodes/x/")]
    [InlineData("/assets/site.css", "/")]
    [InlineData("/share.png", "/404.html")]
    [InlineData("/a/./b/", "/")]
    [InlineData("/a/../b/", "/")]
    [InlineData("/a/b/..", "/")]
    [InlineData("../gchq/", "/agencies/nsa/")]
    [InlineData("gchq/", "/agencies/")]
    [InlineData("/caf%C3%A9/", "/")]
    [InlineData("/café/", "/")]
    [InlineData("/a b/", "/")]
    [InlineData("/search/?q=x", "/")]
    [InlineData("/search/?q", "/")]
    [InlineData("//example.org/x", "/")]
    public void TargetFile_IsTheFileABrowserWouldAskFor(string path, string pageUrl)
    {
        var resolved = Uri.UnescapeDataString(new Uri(new Uri("https://site" + pageUrl), path).AbsolutePath).TrimStart('/');
        var expected = resolved.Length == 0 || resolved.EndsWith('/') ? resolved + "index.html" : resolved;

        Assert.Equal(expected, CheckLinks.TargetFile(path, pageUrl));
    }
}
