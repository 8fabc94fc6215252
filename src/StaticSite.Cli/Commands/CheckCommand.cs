using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

public sealed class CheckCommand : Command<SiteSettings>
{
    public override int Execute(CommandContext context, SiteSettings settings, CancellationToken cancellationToken) =>
        BuildRunner.Run(settings, write: false, cancellationToken);
}
