namespace StaticSite.Engine.Diagnostics;

/// <summary>One problem found in the content or theme, printed like a compiler message.</summary>
public sealed record Diagnostic(SourceSpan Location, Severity Severity, string Code, string Message, string? Note = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var line = $"{Printable.Of(Location.ToString())}: {(IsError ? "error" : "warning")} {Code}: {Printable.Of(Message)}";
        return Note is null ? line : $"{line}\n    note: {Printable.Of(Note)}";
    }
}
