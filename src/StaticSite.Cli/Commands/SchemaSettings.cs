using System.ComponentModel;
using Spectre.Console.Cli;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Cli.Commands;

/// <summary>What <c>schema</c> takes: the folder the schemas go to, and the folders it must stay out of.</summary>
public sealed class SchemaSettings : FolderSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where the JSON Schemas are written; not inside the input or theme folder. Default: schemas")]
    public string Output { get; init; } = ContentSchemas.Folder;
}
