using Spectre.Console.Cli;
using StaticSite.Cli.Commands;

namespace StaticSite.Cli;

/// <summary>Configures the commands; each command is a small class with its settings.</summary>
public static class StaticSiteApp
{
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("staticsite");
            config.AddCommand<BuildCommand>("build").WithDescription("Build the site into output/ (a clean build; a failed build leaves the old output untouched).");
            config.AddCommand<CheckCommand>("check").WithDescription("Do everything build does, writing nothing.");
            config.SetExceptionHandler((exception, _) => ExitCodes.ForException(exception));
        });
        return app.Run(args);
    }
}
