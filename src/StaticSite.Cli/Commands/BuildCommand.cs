using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

public sealed class BuildCommand : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken) =>
        BuildRunner.Run(settings, write: true, cancellationToken, settings.CollectGarbage);
}
