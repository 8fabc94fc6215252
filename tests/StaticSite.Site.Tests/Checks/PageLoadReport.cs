namespace StaticSite.Site.Tests.Checks;

/// <summary>What went wrong while a page loaded, as the browser saw it.</summary>
public sealed record PageLoadReport(
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> FailedRequests,
    IReadOnlyList<string> ForeignRequests,
    IReadOnlyList<string> CspViolations,
    double LayoutShift)
{
    public bool IsClean => ConsoleErrors.Count + FailedRequests.Count + ForeignRequests.Count + CspViolations.Count == 0 && LayoutShift == 0;

    public IEnumerable<string> Problems =>
        ConsoleErrors.Select(e => $"console error: {e}")
            .Concat(FailedRequests.Select(r => $"failed request: {r}"))
            .Concat(ForeignRequests.Select(r => $"request to another origin: {r}"))
            .Concat(CspViolations.Select(v => $"CSP violation: {v}"))
            .Concat(LayoutShift > 0 ? [$"the layout moved while loading (layout-shift score {LayoutShift:F3})"] : []);
}
