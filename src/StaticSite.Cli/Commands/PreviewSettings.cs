using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>Where to serve the preview; loopback unless asked otherwise, because it serves unpublished drafts.</summary>
public sealed class PreviewSettings : SourceSettings
{
    [CommandOption("--port <PORT>")]
    [Description("Port to listen on (0 picks a free one). Default: 5080")]
    public int Port { get; init; } = 5080;

    [CommandOption("--host <ADDRESS>")]
    [Description("Address to listen on: an IP address or 'localhost'. Default: 127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535) return ValidationResult.Error($"--port must be between 0 and 65535, not {Port}");
        if (Host != "localhost" && !IPAddress.TryParse(Host, out _)) return ValidationResult.Error($"--host must be an IP address such as 127.0.0.1 or 'localhost', not '{Host}'");
        return ValidationResult.Success();
    }
}
