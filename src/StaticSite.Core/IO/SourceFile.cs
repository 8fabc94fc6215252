using System.Text;

namespace StaticSite.Core.IO;

/// <summary>A file the build reads: its path inside its layer (input or theme) and the path shown in diagnostics.</summary>
public sealed record SourceFile(string Path, string DisplayPath, Func<byte[]> ReadBytes)
{
    public string ReadText() => Encoding.UTF8.GetString(ReadBytes()).TrimStart('\uFEFF');
}
