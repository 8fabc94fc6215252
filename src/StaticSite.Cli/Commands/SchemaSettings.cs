using System.ComponentModel;
using Spectre.Console.Cli;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Cli.Commands;

/// <summary>What <c>schema</c> takes: the folder the schemas go to, and the folders it must stay out of.</summary>
public sealed class SchemaSettings : CommandSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where the JSON Schemas are written; not inside the input or theme folder. Default: schemas")]
    public string Output { get; init; } = ContentSchemas.Folder;

    [CommandOption("--input <DIR>")]
    [Description("Content folder, which the schemas must stay out of. Default: input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <DIR>")]
    [Description("Layouts and assets, which the schemas must stay out of. Default: theme")]
    public string Theme { get; init; } = "theme";
}
