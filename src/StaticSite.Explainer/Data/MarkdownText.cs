using System.Text;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>
/// Markdown with where it starts in its file, so that a problem found on line 3 of a YAML block
/// scalar is reported at the right line and column of the YAML file.
/// </summary>
/// <remarks>
/// Held as UTF-8 and decoded when read: every body stays in the site model for the whole build but is read
/// once, to render it, and as .NET strings the bodies would double their size on the heap.
/// A Markdown file's body is a slice of the bytes read from the file, not a copy.
/// </remarks>
public sealed record MarkdownText
{
    private readonly ReadOnlyMemory<byte> utf8;

    public MarkdownText(string text, SourceSpan start, int indent) : this(Encoding.UTF8.GetBytes(text), start, indent)
    {
    }

    public MarkdownText(ReadOnlyMemory<byte> utf8, SourceSpan start, int indent) => (this.utf8, Start, Indent) = (utf8, start, indent);

    public string Text
    {
        get
        {
            var text = Encoding.UTF8.GetString(utf8.Span);
            GC.KeepAlive(this); // a file's bytes live only as long as something holds them (NativeFileBytes)
            return text;
        }
    }

    /// <summary>The text as it is held, for hashing without decoding it; keep this object while reading the span.</summary>
    public ReadOnlySpan<byte> Utf8() => utf8.Span;

    public SourceSpan Start { get; }

    public int Indent { get; }

    /// <summary>Maps a 0-based line and column inside <see cref="Text"/> to the file.</summary>
    /// <remarks>The first line starts at <see cref="Start"/>, the others at the first column; every line after the indent.</remarks>
    public SourceSpan At(int line, int column) =>
        Start with { Line = Start.Line + line, Column = (line == 0 ? Start.Column : 1) + Indent + column };

    public bool Equals(MarkdownText? other) =>
        other is not null && Start == other.Start && Indent == other.Indent && utf8.Span.SequenceEqual(other.utf8.Span);

    public override int GetHashCode() => HashCode.Combine(Start, Indent, utf8.Length);
}
