using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>The site's two source folders, relative to the current folder: what every command that reads or guards them takes.</summary>
public class FolderSettings : CommandSettings
{
    [CommandOption("--input <DIR>")]
    [Description("Content folder (Markdown and YAML). Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <DIR>")]
    [Description("Layouts and assets. Default: theme")]
    public string Theme { get; init; } = "theme";
}
