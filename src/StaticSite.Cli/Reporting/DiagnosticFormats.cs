namespace StaticSite.Cli.Reporting;

/// <summary>The names <c>--format</c> takes, and the format a run without it gets.</summary>
public static class DiagnosticFormats
{
    public const string Names = "text, github or json";

    /// <summary>The format <c>--format</c> names (null: not given), else GitHub's when <c>GITHUB_ACTIONS=true</c>, else text.</summary>
    public static DiagnosticFormat? Choose(string? option) => option switch
    {
        null => CliEnvironment.Get("GITHUB_ACTIONS") == "true" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text,
        "text" => DiagnosticFormat.Text,
        "github" => DiagnosticFormat.GitHub,
        "json" => DiagnosticFormat.Json,
        _ => null,
    };
}
