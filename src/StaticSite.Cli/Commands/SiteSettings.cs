using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticSite.Cli.Reporting;

namespace StaticSite.Cli.Commands;

/// <summary>What <c>build</c> and <c>check</c> take: the sources, the folder the site goes to (which check only checks), how to report, and where the site will be served.</summary>
public class SiteSettings : SourceSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where the site is written: a folder of its own, which each build replaces whole. Default: output")]
    public string Output { get; init; } = StaticSite.Explainer.BuildOptions.DefaultOutputDirectory;

    [CommandOption("--format <FORMAT>")]
    [Description("How diagnostics are printed: text, github (workflow commands that annotate a pull request) or json (one object a line, on standard output). Default: github when GITHUB_ACTIONS=true, else text")]
    public string? Format { get; init; }

    [CommandOption("--quiet")]
    [Description("Print only diagnostics and errors: no summary line, no progress.")]
    public bool Quiet { get; init; }

    [CommandOption("--verbose")]
    [Description("Also print each pipeline's phases with their times, and every file the build read.")]
    public bool Verbose { get; init; }

    [CommandOption("--base-url <URL>")]
    [Description("The site's address for this build, instead of base_url in input/site.yml (canonical links, sitemap, feed, share cards). Also STATICSITE_BASE_URL; in a Netlify deploy preview, DEPLOY_PRIME_URL")]
    public string? BaseUrl { get; init; }

    [CommandOption("--noindex")]
    [Description("Ask search engines not to index any page (a meta tag in every page and X-Robots-Tag in _headers), as a deploy preview does by itself (CONTEXT=deploy-preview or branch-deploy).")]
    public bool NoIndex { get; init; }

    /// <summary>The chosen format; valid once <see cref="Validate"/> has passed.</summary>
    public DiagnosticFormat DiagnosticFormat => DiagnosticFormats.Choose(Format) ?? DiagnosticFormat.Text;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("--output is empty: give the folder to write the site into, for example --output output");
        if (DiagnosticFormats.Choose(Format) is null) return ValidationResult.Error($"--format must be {DiagnosticFormats.Names}, not '{Format}'");
        if (Quiet && Verbose) return ValidationResult.Error("--quiet and --verbose ask for opposite things: give one of them");
        return ValidationResult.Success();
    }
}
