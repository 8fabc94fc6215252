using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Data;

/// <summary>
/// Markdown with where it starts in its file, so that a problem found on line 3 of a YAML block
/// scalar is reported at the right line and column of the YAML file.
/// </summary>
public sealed record MarkdownText(string Text, SourceSpan Start, int Indent)
{
    /// <summary>Maps a 0-based line and column inside <see cref="Text"/> to the file.</summary>
    public SourceSpan At(int line, int column) =>
        line == 0 && Indent == 0
            ? Start with { Column = Start.Column + column }
            : Start with { Line = Start.Line + line, Column = (line == 0 ? Start.Column : 1 + Indent) + column };
}
