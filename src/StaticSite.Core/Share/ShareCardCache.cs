using System.Text;

namespace StaticSite.Core.Share;

/// <summary>
/// Share cards kept on disk by what they show, as Hugo keeps processed images in <c>resources/_gen</c>: a card
/// depends only on its texts, the font and the drawing code, so a clean build copies the cards whose inputs it
/// has seen before instead of drawing them again. The key also covers this assembly's build identity, so a
/// new version of the drawing code never reuses an old card.
/// </summary>
public sealed class ShareCardCache(string directory)
{
    private static readonly string CodeVersion = typeof(ShareCardRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Directory { get; } = Path.GetFullPath(directory);

    public static string KeyOf(string fontHash, params string[] texts) =>
        IO.ContentHash.Hex(Encoding.UTF8.GetBytes(string.Join('\n', [CodeVersion, fontHash, .. texts])));

    private (byte[] Font, string Hash)? lastFont;

    /// <summary>
    /// The font's part of every key. Preview keeps one cache for all its rebuilds, and hashing the font again at
    /// each of them cost more than comparing its bytes with the last build's.
    /// </summary>
    public string FontHash(byte[] font)
    {
        if (lastFont is { } last && last.Font.AsSpan().SequenceEqual(font)) return last.Hash;
        var hash = IO.ContentHash.Hex(font);
        lastFont = (font, hash);
        return hash;
    }

    // The key of every card this cache has handed out: what a sweep keeps.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);

    /// <summary>The card's file, drawn and stored first if no build has drawn it yet.</summary>
    public string GetOrAdd(string key, Func<byte[]> draw)
    {
        var path = Path.Combine(Directory, key[..2], key + ".png");
        used.TryAdd(key, 0);
        if (File.Exists(path)) return path;
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside and renamed into place, so a build stopped half-way never leaves a truncated card.
        var partial = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(partial, draw());
        File.Move(partial, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// Deletes every card in the folder that this cache did not hand out, as <c>hugo --gc</c> sweeps
    /// <c>resources/</c>: the key includes the drawing code's build and every text, so each new version of the CLI
    /// and each changed title leaves the old cards behind. Call it only after a build that made every page's card.
    /// </summary>
    /// <returns>How many cards were deleted, and their bytes.</returns>
    public (int Cards, long Bytes) RemoveUnused()
    {
        var (cards, bytes) = (0, 0L);
        if (!System.IO.Directory.Exists(Directory)) return (cards, bytes);
        foreach (var card in new DirectoryInfo(Directory).EnumerateFiles("*.png", SearchOption.AllDirectories))
        {
            if (used.ContainsKey(Path.GetFileNameWithoutExtension(card.Name))) continue;
            bytes += card.Length;
            card.Delete();
            cards++;
        }
        return (cards, bytes);
    }
}
