using System.Net;
using Spectre.Console.Cli;
using StaticSite.Preview;

namespace StaticSite.Cli.Commands;

/// <summary>Builds, serves the last good build with live reload, and rebuilds on every save until Ctrl-C.</summary>
public sealed class PreviewCommand : AsyncCommand<PreviewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PreviewSettings settings, CancellationToken cancellationToken)
    {
        if (settings.MissingFolder() is { } missing)
        {
            await Console.Error.WriteLineAsync($"error: {missing}");
            return ExitCodes.Usage;
        }
        // SIGINT and SIGTERM cancel the token (see StopSignals): the preview then closes its connections and the
        // watcher, and the command ends with the signal's exit code.
        var stop = cancellationToken;

        var root = RepositoryRoot.Find(settings.Input);
        var options = new PreviewOptions(settings.Input, settings.Theme, root, Path.Combine(root, "netlify.toml"), settings.Host, settings.Port, settings.Timings, settings.CacheDirectory);
        PreviewHost host;
        try
        {
            host = await PreviewHost.StartAsync(options, Console.Out, stop);
        }
        catch (PortInUseException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        await using (host)
        {
            if (IPAddress.TryParse(settings.Host, out var address) && !IPAddress.IsLoopback(address))
            {
                Console.WriteLine($"warning: listening on {settings.Host}, which other machines may reach; drafts are visible to them");
            }
            Console.WriteLine($"Serving {host.Address} (Ctrl-C to stop); watching {settings.Input}/ and {settings.Theme}/");
            await host.RunAsync(stop);
        }
        Console.WriteLine("Preview stopped.");
        // Stopped by a signal, it exits as any command stopped by one does (130 for SIGINT, 143 for SIGTERM), so a
        // script or a supervisor can tell a stop from a failure; StaticSiteApp's exception handler picks the code.
        stop.ThrowIfCancellationRequested();
        return ExitCodes.Ok;
    }
}
