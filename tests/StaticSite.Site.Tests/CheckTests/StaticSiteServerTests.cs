using System.Net;
using StaticSite.Site.Tests.Hosting;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The test server behaves like production: pretty URLs, 404.html with status 404, netlify.toml's headers.</summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("staticsite-server-test-").FullName;
    private StaticSiteServer? _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "agencies", "gchq"));
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_root, "index.html"), "home");
        await File.WriteAllTextAsync(Path.Combine(_root, "agencies", "gchq", "index.html"), "gchq");
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "site.css"), "body{}");
        await File.WriteAllTextAsync(Path.Combine(_root, "404.html"), "not here");
        _server = await StaticSiteServer.StartAsync(_root, NetlifyHeaders.Load(RepositoryPaths.NetlifyToml), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task FolderUrl_ServesItsIndexWithTheCsp()
    {
        var response = await GetAsync("/agencies/gchq/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gchq", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderUrlWithoutSlash_RedirectsToTheSlash()
    {
        var response = await GetAsync("/agencies/gchq");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/agencies/gchq/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownPath_Gets404PageWithStatus404()
    {
        var response = await GetAsync("/agencies/gchk/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not here", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Asset_GetsTheAssetRuleAsWellAsTheSiteRule()
    {
        var response = await GetAsync("/assets/site.css");

        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    private Task<HttpResponseMessage> GetAsync(string path) =>
        _http.GetAsync(new Uri(_server!.BaseAddress, path), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server!.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
