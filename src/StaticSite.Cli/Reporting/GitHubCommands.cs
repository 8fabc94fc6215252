using StaticSite.Engine.Diagnostics;

namespace StaticSite.Cli.Reporting;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command, <c>::error file=…,line=…,col=…,title=CODE::message</c>, which
/// GitHub shows on the pull request's line. Escaped as GitHub's runner unescapes: in the message '%', CR and LF; in
/// a property also ':' and ',', which would end the property early.
/// </summary>
public static class GitHubCommands
{
    public static string Of(Diagnostic diagnostic)
    {
        var message = Printable.Of(diagnostic.Message) + (diagnostic.Note is { } note ? "\nnote: " + Printable.Of(note) : "");
        var at = diagnostic.Location;
        return $"::{(diagnostic.IsError ? "error" : "warning")} file={Property(Printable.Of(at.Path))},line={at.Line},col={at.Column},title={Property(diagnostic.Code)}::{Data(message)}";
    }

    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
