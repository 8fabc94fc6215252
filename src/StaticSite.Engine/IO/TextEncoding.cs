using System.Buffers;
using System.Text;
using System.Text.Unicode;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// Checks that a text file (content, layout, partial) is UTF-8, with or without a byte order mark. Anything else
/// would be read as replacement characters or as YAML that makes no sense, so it is reported instead: UTF-16 and
/// UTF-32 by name (ENC001), and a byte that is not UTF-8 at its line and column (ENC002).
/// </summary>
/// <remarks>
/// The check that passes is one vectorised pass over the bytes (<see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>);
/// the place of a bad byte is looked for only when there is one. Columns count characters as the YAML and Markdown
/// diagnostics do: UTF-16 units, so a character beyond the Basic Multilingual Plane (an emoji) counts two.
/// </remarks>
public static class TextEncoding
{
    private const string Fix = "save it again as UTF-8 (in most editors: Save As, or the encoding in the status bar)";

    public static Diagnostic? Check(ReadOnlySpan<byte> text, string displayPath)
    {
        if (WideEncoding(text) is { } name)
        {
            return new Diagnostic(SourceSpan.File(displayPath), Severity.Error, "ENC001",
                $"this file is saved as {name}, and the build reads UTF-8 only: {Fix}");
        }
        if (Utf8.IsValid(text)) return null;
        var (line, column, bad) = FirstInvalid(text);
        return new Diagnostic(new SourceSpan(displayPath, line, column), Severity.Error, "ENC002",
            $"this is not UTF-8 (byte 0x{bad:X2}): the file was probably saved in another encoding, such as Windows-1252 or Latin-1; {Fix}, and check the characters here");
    }

    private static ReadOnlySpan<byte> Utf32LittleEndian => [0xFF, 0xFE, 0, 0];

    private static ReadOnlySpan<byte> Utf32BigEndian => [0, 0, 0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];

    // UTF-16 and UTF-32, by their byte order mark or, without one, by the zero bytes around the first (ASCII) characters.
    private static string? WideEncoding(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith(Utf32LittleEndian)) return "UTF-32 (little-endian)";
        if (text.StartsWith(Utf32BigEndian)) return "UTF-32 (big-endian)";
        if (text.StartsWith(Utf16LittleEndian)) return "UTF-16 (little-endian)";
        if (text.StartsWith(Utf16BigEndian)) return "UTF-16 (big-endian)";
        if (text.Length < 4) return null;
        return (text[0] != 0, text[1] != 0, text[2] != 0, text[3] != 0) switch
        {
            (true, false, false, false) => "UTF-32 (little-endian)",
            (false, false, false, true) => "UTF-32 (big-endian)",
            (true, false, true, false) => "UTF-16 (little-endian)",
            (false, true, false, true) => "UTF-16 (big-endian)",
            _ => null,
        };
    }

    private static (int Line, int Column, byte Bad) FirstInvalid(ReadOnlySpan<byte> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            Utf8.ToUtf16(text, chars, out var valid, out _, replaceInvalidSequences: false);
            var before = text[..valid];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var line = before.Count((byte)'\n') + 1;
            // A byte order mark is not a character of the first line (the parsers drop it).
            if (lineStart == 0 && before.StartsWith("\uFEFF"u8)) lineStart = 3;
            return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1, text[valid]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
