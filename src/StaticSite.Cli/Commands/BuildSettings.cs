using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticSite.Cli.Commands;

/// <summary>What only <c>build</c> takes besides the site's folders.</summary>
public sealed class BuildSettings : SiteSettings
{
    [CommandOption("--gc")]
    [Description("After a successful build, delete the cached share cards it did not use (those of old titles and older versions), as hugo --gc does.")]
    public bool CollectGarbage { get; init; }
}
