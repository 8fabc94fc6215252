using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>What <c>new</c> takes: the kind, the id, and where the content is.</summary>
public sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<kind>")]
    [Description("The kind of content, as xref: names it: agency, episode and so on (a wrong one lists them all).")]
    public string Kind { get; init; } = "";

    [CommandArgument(1, "<id>")]
    [Description("The new entity's id, which is its file name: lower-case letters, digits and hyphens.")]
    public string Id { get; init; } = "";

    [CommandOption("--title <TEXT>")]
    [Description("Its title, name or term (the first field); otherwise a placeholder to replace.")]
    public string? Title { get; init; }

    [CommandOption("--input <DIR>")]
    [Description("Content folder (Markdown and YAML). Default: input")]
    public string Input { get; init; } = "input";
}
