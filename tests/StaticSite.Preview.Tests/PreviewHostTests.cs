using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace StaticSite.Preview.Tests;

public sealed class PreviewHostTests
{
    private const string Episode = "input/episodes/us-lobbying.yml";
    private const string EpisodePage = "/episodes/us-lobbying/";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditingAnEpisode_ServesTheNewContentAndSendsReload()
    {
        await using var preview = await RunningPreview.StartAsync();
        Assert.Contains("US lobbying against Huawei", await preview.GetStringAsync(EpisodePage), StringComparison.Ordinal);
        await using var events = await EventStream.OpenAsync(preview.Client);

        preview.Site.Replace(Episode, "said on American television", "said loudly on American television");

        var reload = await events.NextAsync();
        Assert.Equal("reload", reload.Name);
        Assert.Contains("said loudly on American television", await preview.GetStringAsync(EpisodePage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesCarryProductionHeadersAndTheLiveReloadScript()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var response = await preview.Client.GetAsync("/agencies/gchq/", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("<script src=\"/_staticsite/livereload.js\"></script>", html, StringComparison.Ordinal);
        using var script = await preview.Client.GetAsync("/_staticsite/livereload.js", Cancel);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task EveryPage_SaysWhichBuildItCameFrom_SoTheLiveReloadScriptCanTellItMissedOne()
    {
        await using var preview = await RunningPreview.StartAsync();
        var before = await BuildOfAsync(preview, EpisodePage);
        Assert.Equal(before, await ReportedBuildAsync(preview));
        await using var events = await EventStream.OpenAsync(preview.Client);

        preview.Site.Replace(Episode, "said on American television", "said loudly on American television");

        Assert.Equal("reload", (await events.NextAsync()).Name);
        var after = await BuildOfAsync(preview, EpisodePage);
        Assert.NotEqual(before, after);
        Assert.Equal(after, await ReportedBuildAsync(preview));
        Assert.Equal(after, await BuildOfAsync(preview, "/no-such-page/")); // the site's 404 page too
    }

    // The preview's Server-Timing header, which the live reload script reads for its own page.
    private static async Task<string> BuildOfAsync(RunningPreview preview, string path)
    {
        using var response = await preview.Client.GetAsync(path, Cancel);
        var header = response.Headers.GetValues("Server-Timing").Single();
        var build = System.Text.RegularExpressions.Regex.Match(header, "^build;desc=\"([^\"]+)\"$");
        Assert.True(build.Success, header);
        return build.Groups[1].Value;
    }

    private static async Task<string> ReportedBuildAsync(RunningPreview preview)
    {
        using var report = JsonDocument.Parse(await preview.GetStringAsync("/_staticsite/errors"));
        return report.RootElement.GetProperty("build").GetString()!;
    }

    [Fact]
    public async Task BrokenYaml_ShowsTheErrorsWhileTheOldPageIsServed_AndFixingItClearsThem()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await EventStream.OpenAsync(preview.Client);
        var original = preview.Site.Read(Episode);

        preview.Site.Write(Episode, original.Replace("date: 2019-02-21", "date: 2019-02-21: oops", StringComparison.Ordinal));

        Assert.Equal("errors", (await events.NextAsync()).Name);
        Assert.Contains("US lobbying against Huawei", await preview.GetStringAsync(EpisodePage), StringComparison.Ordinal);
        using (var report = JsonDocument.Parse(await preview.GetStringAsync("/_staticsite/errors")))
        {
            var error = report.RootElement.GetProperty("errors")[0];
            Assert.Equal(Episode, error.GetProperty("file").GetString());
            Assert.Equal(2, error.GetProperty("line").GetInt32());
            Assert.Contains("malformed YAML", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("date: 2019-02-21: oops", error.GetProperty("source").GetString());
        }

        preview.Site.Write(Episode, original);

        Assert.Equal("ok", (await events.NextAsync()).Name);
        using var cleared = JsonDocument.Parse(await preview.GetStringAsync("/_staticsite/errors"));
        Assert.Equal(0, cleared.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Theory]
    [InlineData("/../netlify.toml")]
    [InlineData("/%2e%2e/netlify.toml")]
    [InlineData("/%252e%252e/netlify.toml")]
    [InlineData("/assets/..%2f..%2fnetlify.toml")]
    [InlineData("/..%5cnetlify.toml")]
    [InlineData("/input/site.yml")]
    public async Task RequestsOutsideTheOutput_Get404(string path)
    {
        await using var preview = await RunningPreview.StartAsync();
        using var client = new TcpClient();
        // HttpClient would normalise the dot segments away; send the request line exactly as written.
        await client.ConnectAsync(preview.Host.Address.Host, preview.Host.Address.Port, Cancel);
        await using var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), Cancel);
        var response = await new StreamReader(stream).ReadToEndAsync(Cancel);

        Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
        Assert.DoesNotContain("[build]", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_GetsTheSite404PageWithStatus404()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var response = await preview.Client.GetAsync("/no-such-page/", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathWithoutTrailingSlash_RedirectsToThePrettyUrl()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var response = await preview.Client.GetAsync("/agencies/gchq", Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/agencies/gchq/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SavingWithSedInPlace_NamesTheSavedFile_NotSedsTemporaryFile()
    {
        await using var preview = await RunningPreview.StartAsync();

        // sed -i writes input/episodes/sedXXXXXX, then renames it over the episode: the way many tools save.
        using (var sed = System.Diagnostics.Process.Start("sed", ["-i", "s/Then the US sent a delegation/Then the US sent a small delegation/", Path.Combine(preview.Site.Root, Episode)])!)
        {
            await sed.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, sed.ExitCode);
        }

        var report = await preview.NextRebuildAsync();
        Assert.True(report.Succeeded);
        Assert.Equal([Episode], report.Changed);
        Assert.Contains($"{Episode}: 1 of {report.Pages} pages re-rendered", preview.Log.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("input/episodes/sed", preview.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAnEpisodeBody_RerendersOnlyItsOwnPage()
    {
        await using var preview = await RunningPreview.StartAsync();

        preview.Site.Replace(Episode, "Then the US sent a delegation", "Then the US sent a small delegation");

        var report = await preview.NextRebuildAsync();
        Assert.True(report.Succeeded);
        Assert.Equal([EpisodePage], report.RenderedPages);
        // Data files built from all episodes (search index, CSV) may change too; the pages are what is rendered.
        Assert.Equal(["episodes/us-lobbying/index.html"], report.Updated.Where(IsPage));
        Assert.Contains($"{Episode}: 1 of {report.Pages} pages re-rendered", preview.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAnEpisodeTitle_RerendersExactlyThePagesThatShowIt()
    {
        await using var preview = await RunningPreview.StartAsync();

        preview.Site.Replace(Episode, "title: \"US lobbying against Huawei\"", "title: \"The US campaign against Huawei\"");

        var report = await preview.NextRebuildAsync();
        var pages = report.RenderedPages.Select(u => u.TrimStart('/') + "index.html").Order(StringComparer.Ordinal).ToList();
        Assert.Contains(EpisodePage, report.RenderedPages);
        Assert.Contains("/episodes/", report.RenderedPages);
        Assert.Contains("/agencies/nsa/", report.RenderedPages);
        Assert.True(report.RenderedPages.Count < report.Pages, $"re-rendered all {report.Pages} pages");
        Assert.Equal(pages, report.Updated.Where(IsPage));
    }

    [Fact]
    public async Task SavesInQuickSuccession_TheFirstServedBuildHasTheLastSave()
    {
        // A long quiet time keeps the saves one burst however loaded the machine; the pause between them is long
        // enough for the build that each save starts to read the files before the next save.
        await using var preview = await RunningPreview.StartAsync(quietTime: TimeSpan.FromMilliseconds(1000));
        var original = preview.Site.Read(Episode);

        foreach (var word in new[] { "first", "second", "third" })
        {
            preview.Site.Write(Episode, original.Replace("Then the US sent a delegation", $"Then the US sent a {word} delegation", StringComparison.Ordinal));
            Thread.Sleep(150);
        }

        var report = await preview.NextRebuildAsync();
        Assert.True(report.Succeeded);
        Assert.Equal([Episode], report.Changed);
        Assert.Contains("Then the US sent a third delegation", await preview.GetStringAsync(EpisodePage), StringComparison.Ordinal);
    }

    private static bool IsPage(string file) => file.EndsWith(".html", StringComparison.Ordinal);

    [Fact]
    public async Task ChangingOnlyTheStylesheet_RendersNoPageAndSendsACssEvent()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await EventStream.OpenAsync(preview.Client);

        File.AppendAllText(Path.Combine(preview.Site.Root, "theme/assets/css/site.css"), "\n.preview-test { color: red; }\n");

        var report = await preview.NextRebuildAsync();
        Assert.Empty(report.RenderedPages);
        Assert.Equal(["assets/css/site.css"], report.Updated);
        var css = await events.NextAsync();
        Assert.Equal("css", css.Name);
        Assert.Contains("assets/css/site.css", css.Data, StringComparison.Ordinal);
        Assert.Contains(".preview-test", await preview.GetStringAsync("/assets/css/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUse_IsReportedAsSuch()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var site = new TempSite();

        await Assert.ThrowsAsync<PortInUseException>(() => PreviewHost.StartAsync(site.Options with { Port = port }, TextWriter.Null, CancellationToken.None));
    }
}
