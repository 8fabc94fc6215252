using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Hosting;
using StaticSite.Site.Tests.Infrastructure;
using StaticSite.Site.Tests.Site;

[assembly: AssemblyFixture(typeof(StaticSite.Site.Tests.SiteUnderTest))]

// One browser and one site build for the whole run keeps the suite lean on a shared 2-core machine.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace StaticSite.Site.Tests;

/// <summary>
/// What every test shares, each part made on first use: the real site built once and served, the broken
/// fixture pages served, and one Chromium. A test that needs none of them never pays for them.
/// </summary>
public sealed class SiteUnderTest : IAsyncDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("staticsite-site-tests-").FullName;
    private readonly Lazy<Task<StaticSiteServer>> _site;
    private readonly Lazy<Task<StaticSiteServer>> _fixtures;
    private readonly Lazy<Task<BrowserSession>> _browser = new(() => BrowserSession.LaunchAsync(Tools.ChromiumPath));

    public SiteUnderTest()
    {
        _site = new(async () =>
        {
            var root = await SiteBuild.BuildOrLocateAsync(_scratch, CancellationToken.None);
            return await StaticSiteServer.StartAsync(root, Headers, CancellationToken.None);
        });
        _fixtures = new(() => StaticSiteServer.StartAsync(RepositoryPaths.Fixtures, Headers, CancellationToken.None));
    }

    public NetlifyHeaders Headers { get; } = NetlifyHeaders.Load(RepositoryPaths.NetlifyToml);

    /// <summary>The real site, built from input/ and theme/ on first use.</summary>
    public Task<StaticSiteServer> SiteAsync() => _site.Value;

    /// <summary>The deliberately broken pages under Fixtures/, served exactly like the site.</summary>
    public Task<StaticSiteServer> FixturesAsync() => _fixtures.Value;

    /// <summary>The shared Chromium; skips (or, in CI, fails) the calling test when Chromium is not installed.</summary>
    public Task<BrowserSession> BrowserAsync()
    {
        Tools.RequireChromium();
        return _browser.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser.IsValueCreated && _browser.Value.IsCompletedSuccessfully)
        {
            await (await _browser.Value).DisposeAsync();
        }

        foreach (var server in new[] { _site, _fixtures }.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
        {
            await (await server.Value).DisposeAsync();
        }

        Directory.Delete(_scratch, recursive: true);
    }
}
