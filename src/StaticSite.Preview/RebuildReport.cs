using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Preview;

/// <summary>
/// What one build of the preview did, counted from what actually happened: pages rendered through their
/// layouts (the rest were reused unchanged), and the served files that changed or went away.
/// </summary>
public sealed record RebuildReport(
    IReadOnlyList<string> Changed, bool Succeeded, int Pages, IReadOnlyList<string> RenderedPages,
    IReadOnlyList<string> Updated, IReadOnlyList<string> Deleted, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed,
    IReadOnlyList<PhaseTiming> Timings)
{
    public bool OnlyStylesheetsChanged =>
        Updated.Count > 0 && Deleted.Count == 0 && Updated.All(f => f.EndsWith(".css", StringComparison.Ordinal));

    public string Summary()
    {
        var what = Changed.Count switch
        {
            0 => "initial build",
            1 => Changed[0],
            _ => $"{Changed[0]} and {Changed.Count - 1} more",
        };
        var ms = (int)Math.Round(Elapsed.TotalMilliseconds);
        if (!Succeeded)
        {
            var errors = Diagnostics.Count(d => d.IsError);
            return $"{what}: {errors} error{(errors == 1 ? "" : "s")}, still serving the last good build, {ms} ms";
        }
        var removed = Deleted.Count > 0 ? $", {Deleted.Count} deleted" : "";
        return $"{what}: {RenderedPages.Count} of {Pages} pages re-rendered, {Updated.Count} files updated{removed}, {ms} ms";
    }
}
