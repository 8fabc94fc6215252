using StaticSite.Engine.Diagnostics;

namespace StaticSite.Preview;

/// <summary>What <c>/_staticsite/errors</c> returns for the overlay: the latest build's errors with their source lines.</summary>
public sealed record ErrorReport(string Build, IReadOnlyList<ErrorEntry> Errors)
{
    public static ErrorReport Of(string build, IReadOnlyList<Diagnostic> diagnostics, string displayRoot) =>
        new(build, diagnostics.Select(d => new ErrorEntry(d.Location.Path, d.Location.Line, d.Location.Column, d.Code, d.Message, d.Note,
            SourceLines.Read(displayRoot, d.Location.Path, d.Location.Line))).ToList());
}

/// <summary>One diagnostic as the overlay shows it.</summary>
public sealed record ErrorEntry(string File, int Line, int Column, string Code, string Message, string? Note, string? Source);
