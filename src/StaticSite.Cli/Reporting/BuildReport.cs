using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer;

namespace StaticSite.Cli.Reporting;

/// <summary>What build and check print after the build: its diagnostics in the chosen format, the summary line, and with --verbose its phases and the files it read.</summary>
public static class BuildReport
{
    /// <summary>Each diagnostic: text and GitHub's workflow commands on standard error, JSON lines on standard output.</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, DiagnosticFormat format)
    {
        foreach (var diagnostic in diagnostics)
        {
            switch (format)
            {
                case DiagnosticFormat.Json: Console.Out.WriteLine(JsonDiagnostics.Of(diagnostic)); break;
                case DiagnosticFormat.GitHub: Console.Error.WriteLine(GitHubCommands.Of(diagnostic)); break;
                default: Console.Error.WriteLine(diagnostic); break;
            }
        }
    }

    /// <summary>
    /// The last line: pages, errors, warnings and milliseconds (<c>30 pages written, 0 errors, 0 warnings, 412 ms</c>).
    /// A build stopped by content errors before it made any page says so rather than counting no pages.
    /// </summary>
    public static string Summary(BuildResult result, bool write, long milliseconds)
    {
        var counts = $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}, {milliseconds} ms";
        if (!result.Documents.ContainsKey(ExplainerSite.PagesPipeline)) return $"stopped before making any page: {counts}";
        var pages = Count(result.Written.Count(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)), "page");
        if (!write) return $"{pages} checked, {counts}";
        return result.Succeeded ? $"{pages} written, {counts}" : $"{pages} made, none written: {counts}";
    }

    /// <summary>"1 error", "2 errors", "0 errors".</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>--verbose: each pipeline phase's time, in the order they ran, then every content and asset file read.</summary>
    public static void Verbose(BuildResult result, TextWriter to)
    {
        to.WriteLine("phases:");
        foreach (var timing in result.Timings.Where(t => t.Module is null && !t.InPass))
        {
            to.WriteLine($"  {timing.Pipeline,-10} {timing.Phase,-12} {timing.Elapsed.TotalMilliseconds,8:F1} ms");
        }
        var read = result.Documents
            .Where(kv => kv.Key is not (ExplainerSite.PagesPipeline or ExplainerSite.ModelPipeline))
            .SelectMany(kv => kv.Value).Select(d => d.Source.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        to.WriteLine($"files read ({read.Count}):");
        foreach (var path in read) to.WriteLine($"  {Printable.Of(path)}");
    }
}
