using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Preview;

/// <summary>
/// The preview: Kestrel serving the last good build, a watcher, and the loop that rebuilds after each burst
/// of saves and tells the browsers. Content errors never end it; only cancellation (Ctrl-C) does.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    // An editor's save (write, rename, touch) lands within a few milliseconds, so this much quiet still makes it
    // one rebuild; every millisecond here is added to what the reader waits for.
    private static readonly TimeSpan QuietTime = TimeSpan.FromMilliseconds(20);

    // How long a superseded build may take to stop after it is told to before it is left behind.
    private static readonly TimeSpan SupersededGrace = TimeSpan.FromSeconds(2);

    private readonly PreviewOptions options;
    private readonly TextWriter log;
    private readonly Rebuilder rebuilder;
    private readonly LiveReloadHub hub = new(TimeSpan.FromSeconds(15));
    private readonly CancellationTokenSource stopping = new();
    private readonly WebApplication app;
    private TimeSpan longestBuild;

    // Created before the first build, so that a save during it is not missed.
    private readonly ChangeWatcher watcher;

    private PreviewHost(PreviewOptions options, TextWriter log)
    {
        this.options = options;
        this.log = log;
        rebuilder = new Rebuilder(options, ClientFiles.LiveReloadScript);
        var responder = new SiteResponder(rebuilder, hub, NetlifyHeaders.Load(options.NetlifyToml), options.DisplayRoot, stopping.Token);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.Host == "localhost") kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        app = builder.Build();
        app.Run(responder.HandleAsync);
        watcher = new ChangeWatcher([options.InputDirectory, options.ThemeDirectory], options.DisplayRoot, options.QuietTime ?? QuietTime);
    }

    /// <summary>The address the server listens on (with the real port when port 0 was asked for).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the server serves now: the last good build.</summary>
    public SiteSnapshot Snapshot => rebuilder.Snapshot;

    /// <summary>Raised after every build (tests and benchmarks wait on it).</summary>
    public event Action<RebuildReport>? Rebuilt;

    /// <summary>Listens (so that a port in use is reported before any work), then builds once.</summary>
    public static async Task<PreviewHost> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellation)
    {
        var host = new PreviewHost(options, log);
        try
        {
            await host.app.StartAsync(cancellation);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await host.DisposeAsync();
            throw new PortInUseException(options.Host, options.Port, e);
        }
        var address = host.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Address = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal) + "/");
        try
        {
            await host.BuildWithinBudgetAsync([], cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl-C during the first build: the host is returned to be disposed, and RunAsync returns at once.
        }
        return host;
    }

    /// <summary>Watches and rebuilds until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            while (true)
            {
                var changed = await watcher.NextChangesAsync(cancellation);
                await RebuildWhenQuietAsync(changed, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl-C: the normal way to stop.
        }
    }

    /// <summary>
    /// Builds while waiting for the quiet time rather than after it: the reader waits for the longer of the two,
    /// not their sum. A change during the quiet time cancels the build and starts another, so the build that is
    /// served read the files after the last save of the burst, as one started after the quiet time would have.
    /// </summary>
    private async Task RebuildWhenQuietAsync(IReadOnlyList<string> changed, CancellationToken cancellation)
    {
        while (true)
        {
            using var superseded = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var clock = Stopwatch.StartNew();
            var build = StartBuild(superseded.Token);
            var more = await watcher.ChangesBeforeQuietAsync(cancellation);
            if (more.Count == 0)
            {
                await FinishAsync(changed, build, superseded, clock, cancellation);
                return;
            }
            await superseded.CancelAsync();
            // Superseded: whatever it built or failed on, the next build replaces it. One that does not stop when told
            // is left behind rather than waited for.
            if (!await EndsWithinAsync(build, SupersededGrace, cancellation)) rebuilder.Abandon();
            changed = [.. changed.Union(more, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    private async Task BuildWithinBudgetAsync(IReadOnlyList<string> changed, CancellationToken cancellation)
    {
        using var building = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var clock = Stopwatch.StartNew();
        await FinishAsync(changed, StartBuild(building.Token), building, clock, cancellation);
    }

    /// <summary>
    /// Serves the build, or reports its errors, when it ends within its budget. One that does not (a stuck module, a
    /// parser that never returns, whatever it is) is told to stop and left behind: the loop goes on to the next save
    /// at once, and the browsers and the console are told which change it was and what the budget is (PRV001).
    /// </summary>
    private async Task FinishAsync(IReadOnlyList<string> changed, Task<BuildResult> build, CancellationTokenSource stop, Stopwatch clock, CancellationToken cancellation)
    {
        var budget = Budget;
        if (await EndsWithinAsync(build, budget - clock.Elapsed, cancellation))
        {
            RebuildAndNotify(changed, () => rebuilder.Commit(changed, build.GetAwaiter().GetResult(), clock));
            if (rebuilder.Errors.Count == 0 && clock.Elapsed > longestBuild) longestBuild = clock.Elapsed;
            return;
        }
        await stop.CancelAsync();
        rebuilder.Abandon();
        RebuildAndNotify(changed, () => rebuilder.Fail(changed, TooLong(changed, budget), clock));
    }

    // The larger of the configured budget and five times the longest good build, so that a large site is never stopped for its size.
    private TimeSpan Budget => TimeSpan.FromTicks(Math.Max((options.BuildBudget ?? PreviewOptions.DefaultBuildBudget).Ticks, 5 * longestBuild.Ticks));

    private Diagnostic TooLong(IReadOnlyList<string> changed, TimeSpan budget)
    {
        var at = changed.Count > 0 ? changed[0] : Path.GetRelativePath(options.DisplayRoot, options.InputDirectory).Replace('\\', '/') + "/";
        var others = changed.Count > 1 ? $"saved with {string.Join(", ", changed.Skip(1))}" : null;
        return new Diagnostic(SourceSpan.File(at), Severity.Error, "PRV001",
            $"the build after this {(changed.Count > 0 ? "change" : "start")} took longer than {budget.TotalSeconds:0.#} s and was stopped: something in it does not finish " +
            "(a file the build cannot get through, a layout or a module that runs on); the preview still serves the last good build and builds again at the next save", others);
    }

    // On the thread pool, whose threads keep what the build keeps per thread (a page's buffer, parsers) warm from
    // one build to the next. A build that never returns keeps its thread; the pool adds another in its place.
    private Task<BuildResult> StartBuild(CancellationToken cancellation) => Task.Run(() => rebuilder.Build(cancellation), CancellationToken.None);

    // Whether the build ended (however) within the time given; Ctrl-C ends the wait.
    private static async Task<bool> EndsWithinAsync(Task build, TimeSpan time, CancellationToken cancellation)
    {
        if (time < TimeSpan.Zero) time = TimeSpan.Zero;
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var first = await Task.WhenAny(build, Task.Delay(time, stopWaiting.Token));
        await stopWaiting.CancelAsync();
        cancellation.ThrowIfCancellationRequested();
        return first == build;
    }

    private void RebuildAndNotify(IReadOnlyList<string> changed, Func<RebuildReport> rebuild)
    {
        var hadErrors = rebuilder.Errors.Count > 0;
        RebuildReport report;
        try
        {
            report = rebuild();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not the content's fault; keep serving and say so rather than end the preview.
            log.WriteLine($"internal error while rebuilding (still serving the last good build): {e}");
            return;
        }
        // The browsers first: the reader is waiting for them, not for the log.
        Notify(report, hadErrors);
        foreach (var diagnostic in report.Diagnostics) log.WriteLine(diagnostic);
        log.WriteLine($"[{DateTime.Now:HH:mm:ss}] {report.Summary()}");
        if (options.Timings)
        {
            foreach (var timing in report.Timings.Where(t => t.Elapsed >= TimeSpan.FromMilliseconds(0.5)))
            {
                log.WriteLine($"  {timing.Pipeline,-10} {timing.Phase,-12} {timing.Module ?? "(phase)",-20} {timing.Elapsed.TotalMilliseconds,8:F1} ms");
            }
        }
        Rebuilt?.Invoke(report);
    }

    private void Notify(RebuildReport report, bool hadErrors)
    {
        var build = rebuilder.Snapshot.BuildId;
        if (!report.Succeeded) hub.Publish("errors", new JsonObject { ["build"] = build, ["errors"] = rebuilder.Errors.Count }.ToJsonString());
        else if (report.OnlyStylesheetsChanged) hub.Publish("css", new JsonObject { ["build"] = build, ["files"] = Strings(report.Updated) }.ToJsonString());
        else if (report.Updated.Count + report.Deleted.Count > 0) hub.Publish("reload", new JsonObject { ["build"] = build, ["pages"] = Strings(report.RenderedPages) }.ToJsonString());
        else if (hadErrors) hub.Publish("ok", new JsonObject { ["build"] = build }.ToJsonString());
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        watcher.Dispose();
        stopping.Dispose();
    }
}
