using System.Threading.Channels;

namespace StaticSite.Preview.Tests;

/// <summary>A preview of a temporary site copy on a free port, with an HTTP client and its rebuild reports.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<RebuildReport> reports = Channel.CreateUnbounded<RebuildReport>();
    private Task running = Task.CompletedTask;

    private RunningPreview(TempSite site, PreviewHost host, StringWriter log)
    {
        Site = site;
        Log = log;
        Host = host;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address };
    }

    public TempSite Site { get; }

    public PreviewHost Host { get; }

    public HttpClient Client { get; }

    /// <summary>What the preview printed: diagnostics and one line per rebuild.</summary>
    public StringWriter Log { get; }

    /// <param name="configure">changes the options the preview starts with (a budget, a build of the test's own).</param>
    public static async Task<RunningPreview> StartAsync(TimeSpan? quietTime = null, Func<PreviewOptions, PreviewOptions>? configure = null)
    {
        var site = new TempSite();
        var log = new StringWriter();
        var options = site.Options with { QuietTime = quietTime };
        var host = await PreviewHost.StartAsync(configure?.Invoke(options) ?? options, TextWriter.Synchronized(log), CancellationToken.None);
        var preview = new RunningPreview(site, host, log);
        host.Rebuilt += report => preview.reports.Writer.TryWrite(report);
        preview.running = host.RunAsync(preview.stop.Token);
        return preview;
    }

    /// <summary>The report of the next rebuild (the watcher's, after a test edits a file).</summary>
    public async Task<RebuildReport> NextRebuildAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(30));
        return await reports.Reader.ReadAsync(timeout.Token);
    }

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // Shown with a failing test: what the preview printed.
        TestContext.Current.TestOutputHelper?.WriteLine(Log.ToString());
        await stop.CancelAsync();
        await running;
        await Host.DisposeAsync();
        Client.Dispose();
        Site.Dispose();
        stop.Dispose();
    }
}
