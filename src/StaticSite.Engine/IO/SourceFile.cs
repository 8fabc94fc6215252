using System.Text;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>A file the build reads: its path inside its layer (input or theme) and the path shown in diagnostics.</summary>
/// <remarks>
/// Reading a file on disk may fail with an <see cref="UnreadableFileException"/> (a file the build refuses, one it may
/// not read, one too large); the <c>TryRead</c> methods report that as a diagnostic instead.
/// </remarks>
public sealed record SourceFile(string Path, string DisplayPath, Func<byte[]> ReadBytes)
{
    /// <summary>How to read the file for parsing, when it is read differently from <see cref="ReadBytes"/>.</summary>
    public Func<ReadOnlyMemory<byte>>? ReadContent { private get; init; }

    /// <summary>The bytes content parsers read (see <see cref="NativeFileBytes"/>: keep the memory while reading it).</summary>
    public ReadOnlyMemory<byte> Content() => ReadContent is { } read ? read() : ReadBytes();

    public string ReadText() => Decode(ReadBytes());

    /// <summary>The bytes of a text file, checked to be UTF-8 (<see cref="TextEncoding"/>); false, with a diagnostic, if they cannot be had.</summary>
    public bool TryReadContent(DiagnosticBag diagnostics, out ReadOnlyMemory<byte> utf8)
    {
        utf8 = default;
        try
        {
            utf8 = Content();
        }
        catch (UnreadableFileException e)
        {
            Report(diagnostics, e.Problem);
            return false;
        }
        if (TextEncoding.Check(utf8.Span, DisplayPath) is not { } problem) return true;
        Report(diagnostics, problem);
        utf8 = default;
        return false;
    }

    /// <summary>A text file as a string (see <see cref="TryReadContent"/>); null, with a diagnostic, if it cannot be had.</summary>
    public string? TryReadText(DiagnosticBag diagnostics)
    {
        if (!TryReadContent(diagnostics, out var utf8)) return null;
        var text = Decode(utf8.Span);
        GC.KeepAlive(utf8); // its bytes may be freed with it (NativeFileBytes)
        return text;
    }

    /// <summary>A file's bytes as they are (an asset, a font); null, with a diagnostic, if they cannot be had.</summary>
    public byte[]? TryReadBytes(DiagnosticBag diagnostics)
    {
        try
        {
            return ReadBytes();
        }
        catch (UnreadableFileException e)
        {
            Report(diagnostics, e.Problem);
            return null;
        }
    }

    /// <summary>UTF-8 as text, without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');

    private static void Report(DiagnosticBag diagnostics, Diagnostic problem) =>
        diagnostics.Error(problem.Location, problem.Code, problem.Message, problem.Note);
}
