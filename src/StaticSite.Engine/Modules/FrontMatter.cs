using System.Text;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;

namespace StaticSite.Engine.Modules;

/// <summary>Front matter: YAML between a first line <c>---</c> and the next line <c>---</c>.</summary>
/// <remarks>
/// Split on the file's UTF-8 bytes, and the Markdown kept as a slice of them: decoding the whole file to a string,
/// cutting the body out of it and encoding that back to UTF-8 allocated five times the file for every episode,
/// and the garbage collections it caused while reading the input each copied everything read so far.
/// </remarks>
public static class FrontMatter
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <returns>The YAML, the Markdown after it (UTF-8), and the 1-based line where the Markdown starts.</returns>
    public static (string Yaml, ReadOnlyMemory<byte> Body, int BodyLine)? Split(SourceFile file, ReadOnlyMemory<byte> utf8, DiagnosticBag diagnostics)
    {
        if (utf8.Span.StartsWith(ByteOrderMark)) utf8 = utf8[ByteOrderMark.Length..];
        // Windows line ends, rare here, are made "\n" in a copy; a file without them is used as it is.
        if (utf8.Span.Contains((byte)'\r')) utf8 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8.Span).Replace("\r\n", "\n"));
        var text = utf8.Span;
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text[..firstEnd], "---"u8))
        {
            diagnostics.Error(new SourceSpan(file.DisplayPath, 1, 1), "FM001", "a Markdown file must start with front matter: a line '---', the YAML fields, then another '---'");
            return null;
        }
        var line = 2;
        for (var start = firstEnd + 1; start <= text.Length; line++)
        {
            var end = LineEnd(text, start);
            var content = text[start..end];
            if (IsFence(content, "---"u8) || IsFence(content, "..."u8))
            {
                var yaml = Encoding.UTF8.GetString(text[(firstEnd + 1)..Math.Max(firstEnd + 1, start - 1)]);
                var body = end < text.Length ? utf8[(end + 1)..] : ReadOnlyMemory<byte>.Empty;
                return (yaml, body, line + 1);
            }
            start = end + 1;
        }
        diagnostics.Error(new SourceSpan(file.DisplayPath, 1, 1), "FM002", "front matter never ends: add a line '---' after the last YAML field");
        return null;
    }

    // The line is the fence, perhaps followed by spaces or tabs.
    private static bool IsFence(ReadOnlySpan<byte> line, ReadOnlySpan<byte> fence) =>
        line.StartsWith(fence) && line[fence.Length..].TrimEnd(" \t\f\v"u8).IsEmpty;

    private static int LineEnd(ReadOnlySpan<byte> text, int start)
    {
        var end = text[start..].IndexOf((byte)'\n');
        return end < 0 ? text.Length : start + end;
    }
}
