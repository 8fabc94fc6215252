using System.ComponentModel;
using Spectre.Console.Cli;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Cli.Commands;

/// <summary>What <c>schema</c> takes: the folder the schemas go to.</summary>
public sealed class SchemaSettings : CommandSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where the JSON Schemas are written. Default: schemas")]
    public string Output { get; init; } = ContentSchemas.Folder;
}
