using System.Collections.Concurrent;

namespace StaticSite.Engine.Diagnostics;

/// <summary>Collects every diagnostic of a build; modules add to it from any thread.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public bool HasErrors => items.Any(d => d.IsError);

    public void Error(SourceSpan at, string code, string message, string? note = null) =>
        items.Enqueue(new Diagnostic(at, Severity.Error, code, message, note));

    public void Warning(SourceSpan at, string code, string message, string? note = null) =>
        items.Enqueue(new Diagnostic(at, Severity.Warning, code, message, note));

    public bool IsEmpty => items.IsEmpty;

    public void CopyTo(DiagnosticBag other)
    {
        foreach (var item in items) other.items.Enqueue(item);
    }

    /// <summary>Sorted by file, line and column so that parallel modules still give a stable report.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
