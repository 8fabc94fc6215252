using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>What <c>build</c> and <c>check</c> take: the sources, and the folder the site goes to (which check only checks).</summary>
public class SiteSettings : SourceSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where the site is written: a folder of its own, which each build replaces whole. Default: output")]
    public string Output { get; init; } = StaticSite.Explainer.BuildOptions.DefaultOutputDirectory;

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Output)
            ? ValidationResult.Error("--output is empty: give the folder to write the site into, for example --output output")
            : ValidationResult.Success();
}
