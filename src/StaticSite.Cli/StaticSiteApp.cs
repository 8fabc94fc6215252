using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticSite.Cli.Commands;

namespace StaticSite.Cli;

/// <summary>Configures the commands; each command is a small class with its settings.</summary>
public static class StaticSiteApp
{
    /// <summary>Each command's settings, for <see cref="OptionCheck"/>.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Commands = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal)
    {
        ["build"] = OptionCheck.OptionsOf<BuildSettings>(),
        ["check"] = OptionCheck.OptionsOf<SiteSettings>(),
        ["preview"] = OptionCheck.OptionsOf<PreviewSettings>(),
        ["new"] = OptionCheck.OptionsOf<NewSettings>(),
        ["schema"] = OptionCheck.OptionsOf<SchemaSettings>(),
    };

    /// <summary>The commands that take words (arguments) as well as options; the command line parser checks those words.</summary>
    public static readonly IReadOnlyList<string> CommandsWithArguments = ["new"];

    /// <summary>The informational version the build gave the assembly (its version and the commit), as <c>--version</c> prints it.</summary>
    public static string Version =>
        typeof(StaticSiteApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    // Spectre.Console.Cli binds settings by reflection. The csproj roots this assembly and Spectre's, so the
    // members it reflects on survive trimming; PublishedCliTests runs the native executable to prove it.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Assemblies rooted in the csproj; checked by PublishedCliTests.")]
    public static int Run(string[] args)
    {
        if (new OptionCheck(Commands, CommandsWithArguments).Problem(args) is { } problem)
        {
            Console.Error.WriteLine($"error: {problem}");
            Console.Error.WriteLine(Commands.ContainsKey(args[0]) ? $"Run 'staticsite {args[0]} --help' for usage." : "Run 'staticsite --help' for usage.");
            return ExitCodes.Usage;
        }
        using var signals = new StopSignals();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("staticsite");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>("build").WithDescription("Build the site into output/ (a clean build; a failed build leaves the old output untouched).");
            config.AddCommand<CheckCommand>("check").WithDescription("Do everything build does, writing nothing.");
            config.AddCommand<PreviewCommand>("preview").WithDescription("Serve the site on http://127.0.0.1:5080, rebuild on every save, reload the browser.");
            config.AddCommand<NewCommand>("new").WithDescription("Write a new content file (agency, episode, …) with every field present or commented.");
            config.AddCommand<SchemaCommand>("schema").WithDescription("Write the JSON Schemas of the content files into schemas/, for editors.");
            config.SetExceptionHandler((exception, _) => exception is OperationCanceledException ? signals.ExitCode : ExitCodes.ForException(exception));
        });
        return app.Run(args, signals.Token);
    }
}
