namespace StaticSite.Cli.Reporting;

/// <summary>How diagnostics are printed: for people, for GitHub's annotations, or for other programs.</summary>
public enum DiagnosticFormat
{
    /// <summary><c>path:line:col: error CODE: message</c> on standard error, as compilers print them.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands on standard error, which annotate the pull request's lines.</summary>
    GitHub,

    /// <summary>One JSON object a line, on standard output; everything else goes to standard error.</summary>
    Json,
}
