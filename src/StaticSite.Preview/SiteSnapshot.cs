using System.Collections.Frozen;

namespace StaticSite.Preview;

/// <summary>
/// The files of the last good build, by output path, as the server sees them. Serving from this map (never
/// from a path joined onto a folder) is what makes it impossible to serve anything outside the output.
/// </summary>
public sealed record SiteSnapshot(FrozenDictionary<string, byte[]> Files, string BuildId)
{
    public static readonly SiteSnapshot Empty = new(FrozenDictionary<string, byte[]>.Empty, "none");

    public byte[]? Find(string path) => Files.GetValueOrDefault(path);
}
