using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>Where the site comes from, for every command; relative to the current folder.</summary>
public class SourceSettings : FolderSettings
{
    [CommandOption("--cache <DIR>")]
    [Description("Where share cards are kept between builds: a folder of the cache's own. Default: .staticsite-cache beside the input folder")]
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

    /// <summary>The first folder given that does not exist, as a message; null when both do.</summary>
    public string? MissingFolder() =>
        !Directory.Exists(Input) ? $"the input folder '{Input}' does not exist (see --input)"
        : !Directory.Exists(Theme) ? $"the theme folder '{Theme}' does not exist (see --theme)"
        : null;
}
