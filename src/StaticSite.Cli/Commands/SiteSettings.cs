using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>Where the site comes from and goes to; relative to the current folder.</summary>
public class SiteSettings : CommandSettings
{
    [CommandOption("--input <DIR>")]
    [Description("Content folder (Markdown and YAML). Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <DIR>")]
    [Description("Layouts and assets. Default: theme")]
    public string Theme { get; init; } = "theme";

    [CommandOption("--output <DIR>")]
    [Description("Where the site is written. Default: output")]
    public string Output { get; init; } = StaticSite.Core.Explainer.BuildOptions.DefaultOutputDirectory;

    [CommandOption("--cache <DIR>")]
    [Description("Where share cards are kept between builds. Default: .staticsite-cache beside the input folder")]
    public string? Cache { get; init; }

    [CommandOption("--no-cache")]
    [Description("Draw every share card again, keeping none.")]
    public bool NoCache { get; init; }

    /// <summary>The share-card cache folder, or null with --no-cache.</summary>
    public string? CacheDirectory => NoCache ? null
        : Cache ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Input).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".staticsite-cache");

    [CommandOption("--timings")]
    [Description("Print the time each pipeline phase took.")]
    public bool Timings { get; init; }
}
