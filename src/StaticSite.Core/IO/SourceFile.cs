using System.Text;

namespace StaticSite.Core.IO;

/// <summary>A file the build reads: its path inside its layer (input or theme) and the path shown in diagnostics.</summary>
public sealed record SourceFile(string Path, string DisplayPath, Func<byte[]> ReadBytes)
{
    /// <summary>How to read the file for parsing, when it is read differently from <see cref="ReadBytes"/>.</summary>
    public Func<ReadOnlyMemory<byte>>? ReadContent { private get; init; }

    /// <summary>The bytes content parsers read (see <see cref="NativeFileBytes"/>: keep the memory while reading it).</summary>
    public ReadOnlyMemory<byte> Content() => ReadContent is { } read ? read() : ReadBytes();

    public string ReadText() => Decode(ReadBytes());

    /// <summary>UTF-8 as text, without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
}
