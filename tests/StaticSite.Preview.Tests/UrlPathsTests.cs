namespace StaticSite.Preview.Tests;

public sealed class UrlPathsTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/agencies/gchq/", "agencies/gchq/index.html")]
    [InlineData("/assets/css/site.css", "assets/css/site.css")]
    [InlineData("/404.html", "404.html")]
    public void SitePaths_MapToOutputFiles(string path, string file) => Assert.Equal(file, UrlPaths.ToFile(path));

    [Theory]
    [InlineData("/../x")]
    [InlineData("/a/../../x")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/%252e%252e/x")]
    [InlineData("/a/..%2f..%2fx")]
    [InlineData("/..\\x")]
    [InlineData("/a//b")]
    [InlineData("/./x")]
    public void PathsThatCouldLeaveTheOutput_AreRefused(string path) => Assert.Null(UrlPaths.ToFile(path));
}
