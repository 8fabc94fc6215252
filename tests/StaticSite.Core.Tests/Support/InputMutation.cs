using System.Text;
using CsCheck;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// One edit an unlucky editor could make to a file of the real <c>input/</c>: delete, duplicate or swap lines, or
/// insert bytes (random ones, brackets, tabs, <c>---</c>, a run that nests deep). Positions are fractions of the
/// file, so one mutation applies to a file of any length.
/// </summary>
public sealed record InputMutation(int FileIndex, InputMutation.Kind What, double At, double Other, byte[] Bytes)
{
    public enum Kind { DeleteLine, DuplicateLine, SwapLines, Insert }

    // What is inserted: the characters that open, close, indent and separate in YAML, Markdown and front matter,
    // code-running link schemes, and control bytes; each may be repeated into a deep run.
    private static readonly string[] Pieces =
    [
        "[", "]", "{", "}", "(", ")", "\t", "---\n", "\n---\n", "...\n", ":", ": ", "- ", "> ", "* ", "# ", "&a ", "*a", "<<: *a",
        "!!binary ", "%YAML 1.1\n", "\"", "'", "|", "|\n", ">-\n", "`", "```\n", "\n", "\r", "\r\n", "\0", "\u00a0", "\ufeff",
        "\u2028", "[@", "xref:", "](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "](data:text/html;base64,PHNjcmlwdD4=)",
        "<script>alert(1)</script>", "{{", "}}", "{%", "%}", "{{ page.title }}", "[[", "]]", "\\", "&", "é", "🙂",
    ];

    private static readonly Gen<byte[]> PieceBytes =
        Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[0, 9], Gen.Int[2, 3000], (piece, deep, times) =>
            Encoding.UTF8.GetBytes(deep == 0 ? string.Concat(Enumerable.Repeat(Pieces[piece], times)) : Pieces[piece]));

    private static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[1, 24];

    /// <summary>A mutation of one of <paramref name="fileCount"/> files.</summary>
    public static Gen<InputMutation> For(int fileCount) =>
        Gen.Select(
            Gen.Int[0, fileCount - 1],
            Gen.Enum<Kind>(),
            Gen.Double.Unit,
            Gen.Double.Unit,
            Gen.Frequency((3, PieceBytes), (1, RandomBytes)),
            (file, kind, at, other, bytes) => new InputMutation(file, kind, at, other, kind == Kind.Insert ? bytes : []));

    /// <summary>The file's bytes with this mutation applied.</summary>
    public byte[] ApplyTo(byte[] content)
    {
        if (What == Kind.Insert)
        {
            var position = Position(At, content.Length + 1);
            return [.. content.AsSpan(0, position), .. Bytes, .. content.AsSpan(position)];
        }
        var lines = Lines(content);
        if (lines.Count == 0) return content;
        var (a, b) = (Position(At, lines.Count), Position(Other, lines.Count));
        switch (What)
        {
            case Kind.DeleteLine: lines.RemoveAt(a); break;
            case Kind.DuplicateLine: lines.Insert(a, lines[a]); break;
            case Kind.SwapLines: (lines[a], lines[b]) = (lines[b], lines[a]); break;
        }
        return [.. lines.SelectMany(l => l)];
    }

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        var shown = text.Length > 40 ? $"{text[..40]}… ({Bytes.Length} bytes)" : text;
        return What == Kind.Insert
            ? $"file {FileIndex}: insert at {At:F3} \"{Escape(shown)}\""
            : $"file {FileIndex}: {What} at {At:F3}" + (What == Kind.SwapLines ? $" with {Other:F3}" : "");
    }

    private static int Position(double fraction, int count) => Math.Min(count - 1, (int)(fraction * count));

    // Each line with its own line ending, so that joining them gives the file back.
    private static List<byte[]> Lines(byte[] content)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != '\n') continue;
            lines.Add(content[start..(i + 1)]);
            start = i + 1;
        }
        if (start < content.Length) lines.Add(content[start..]);
        return lines;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\ufeff' ? $"\\u{(int)c:x4}" : c.ToString()));
}
