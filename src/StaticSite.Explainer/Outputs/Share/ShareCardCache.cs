using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Engine.IO;

namespace StaticSite.Explainer.Outputs.Share;

/// <summary>
/// Share cards kept on disk by what they show, as Hugo keeps processed images in <c>resources/_gen</c>: a card
/// depends only on its texts, the font and the drawing code, so a clean build copies the cards whose inputs it
/// has seen before instead of drawing them again. The key also covers this assembly's build identity, so a
/// new version of the drawing code never reuses an old card.
/// </summary>
/// <remarks>
/// The folder is the cache's own, marked as such by a <c>CACHEDIR.TAG</c> (the convention backup tools know), and
/// the cache touches only files named as it names its cards, <c>ab/ab12….png</c>: <see cref="Open"/> refuses a
/// folder holding anything else, so <c>--cache .</c> can never make <c>--gc</c> delete a user's images.
/// </remarks>
public sealed partial class ShareCardCache
{
    private static readonly string CodeVersion = typeof(ShareCardRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public const string TagFile = "CACHEDIR.TAG";

    private const string TagSignature = "Signature: 8a477f597d28d172789f06886806bc55";
    private const string TagOwner = "# This folder is StaticSite's share-card cache";

    private static readonly string Tag =
        $"{TagSignature}\n{TagOwner}: cards kept between builds, by what they show; any may be deleted.\n" +
        "# For information about cache directory tags, see https://bford.info/cachedir/\n";

    /// <summary>A cache in <paramref name="directory"/>, taken as it is: <see cref="Open"/> checks the folder first.</summary>
    public ShareCardCache(string directory, bool readOnly = false)
    {
        Directory = Path.GetFullPath(directory);
        ReadOnly = readOnly;
    }

    public string Directory { get; }

    /// <summary>Finds cards but never stores one (for <c>check</c>, which writes nothing anywhere).</summary>
    public bool ReadOnly { get; }

    /// <summary>
    /// The cache in <paramref name="directory"/>: a folder that does not exist yet, an empty one, or one this cache
    /// made. A folder of cards from a version before the tag (nothing in it but cards) is taken over and tagged.
    /// </summary>
    /// <exception cref="FolderRefusedException">the folder holds files the cache did not make.</exception>
    public static ShareCardCache Open(string directory, bool readOnly = false)
    {
        var cache = new ShareCardCache(directory, readOnly);
        if (File.Exists(cache.Directory)) throw new FolderRefusedException($"--cache '{directory}' ({cache.Directory}) is a file, not a folder; choose a folder for the share cards, or --no-cache");
        if (System.IO.Directory.Exists(cache.Directory) && !cache.IsTagged() && cache.Foreign() is { } foreign)
        {
            throw new FolderRefusedException($"--cache '{directory}' ({cache.Directory}) is not a share-card cache: it holds '{foreign}', which the cache did not make. " +
                "Choose an empty or new folder with --cache (the default is .staticsite-cache beside the input folder), or --no-cache");
        }
        // Tagged when it first stores a card, not now: a build refused later (its output) must have written nothing.
        cache.checkedOwn = true;
        return cache;
    }

    public static string KeyOf(string fontHash, params string[] texts) =>
        ContentHash.Hex(Encoding.UTF8.GetBytes(string.Join('\n', [CodeVersion, fontHash, .. texts])));

    private (byte[] Font, string Hash)? lastFont;

    /// <summary>
    /// The font's part of every key. Preview keeps one cache for all its rebuilds, and hashing the font again at
    /// each of them cost more than comparing its bytes with the last build's.
    /// </summary>
    public string FontHash(byte[] font)
    {
        if (lastFont is { } last && last.Font.AsSpan().SequenceEqual(font)) return last.Hash;
        var hash = ContentHash.Hex(font);
        lastFont = (font, hash);
        return hash;
    }

    // The key of every card this cache has handed out: what a sweep keeps.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);
    private volatile bool tagged;
    private bool checkedOwn;

    /// <summary>The card's file, drawn and stored first if no build has drawn it yet; null when a read-only cache does not have it.</summary>
    /// <exception cref="WriteFailedException">the card cannot be stored.</exception>
    public string? GetOrAdd(string key, Func<byte[]> draw)
    {
        var path = Path.Combine(Directory, key[..2], key + ".png");
        used.TryAdd(key, 0);
        if (File.Exists(path)) return path;
        if (ReadOnly) return null;
        EnsureTagged();
        // Written beside and renamed into place, so a build stopped half-way never leaves a truncated card.
        var partial = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(partial, draw());
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (WriteFailedException.IsFileSystemError(e))
        {
            throw WriteFailedException.From(e, partial, "store the share card");
        }
        return path;
    }

    /// <summary>
    /// Deletes every card in the folder that this cache did not hand out, as <c>hugo --gc</c> sweeps
    /// <c>resources/</c>: the key includes the drawing code's build and every text, so each new version of the CLI
    /// and each changed title leaves the old cards behind. Call it only after a build that made every page's card.
    /// Only files named as cards, in a folder tagged as this cache, are ever deleted.
    /// </summary>
    /// <returns>How many cards were deleted, and their bytes.</returns>
    public (int Cards, long Bytes) RemoveUnused()
    {
        var (cards, bytes) = (0, 0L);
        if (ReadOnly || !System.IO.Directory.Exists(Directory)) return (cards, bytes);
        // A folder Open found to hold nothing but cards is tagged now, if no card was stored in it this build.
        if (checkedOwn) EnsureTagged();
        if (!IsTagged()) return (cards, bytes);
        foreach (var folder in new DirectoryInfo(Directory).EnumerateDirectories().Where(d => CardFolder().IsMatch(d.Name)))
        {
            foreach (var card in folder.EnumerateFiles("*.png"))
            {
                var key = Path.GetFileNameWithoutExtension(card.Name);
                if (!CardName().IsMatch(card.Name) || !key.StartsWith(folder.Name, StringComparison.Ordinal) || used.ContainsKey(key)) continue;
                bytes += card.Length;
                card.Delete();
                cards++;
            }
        }
        return (cards, bytes);
    }

    private bool IsTagged()
    {
        var tag = Path.Combine(Directory, TagFile);
        if (!File.Exists(tag)) return false;
        var text = File.ReadAllText(tag);
        return text.StartsWith(TagSignature, StringComparison.Ordinal) && text.Contains(TagOwner, StringComparison.Ordinal);
    }

    private void EnsureTagged()
    {
        if (tagged) return;
        var tag = Path.Combine(Directory, TagFile);
        WriteFailedException.Wrap(tag, "write the cache's tag file", () =>
        {
            System.IO.Directory.CreateDirectory(Directory);
            if (!IsTagged()) File.WriteAllText(tag, Tag);
        });
        tagged = true;
    }

    // The first entry that is neither a card's folder holding cards (or a card being written) nor the tag; null if none.
    private string? Foreign()
    {
        foreach (var entry in new DirectoryInfo(Directory).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder && CardFolder().IsMatch(folder.Name) && folder.LinkTarget is null)
            {
                if (folder.EnumerateFileSystemInfos().FirstOrDefault(f => f is not FileInfo || !(CardName().IsMatch(f.Name) || PartialCardName().IsMatch(f.Name))) is { } odd)
                {
                    return Path.GetRelativePath(Directory, odd.FullName);
                }
                continue;
            }
            if (entry.Name == TagFile) continue;
            return entry.Name;
        }
        return null;
    }

    [GeneratedRegex(@"\A[0-9a-f]{2}\z")]
    private static partial Regex CardFolder();

    // 32 hex digits (XXH128) now, 64 (SHA-256) in caches of older versions.
    [GeneratedRegex(@"\A[0-9a-f]{32}(?:[0-9a-f]{32})?\.png\z")]
    private static partial Regex CardName();

    [GeneratedRegex(@"\A[0-9a-f]{32}(?:[0-9a-f]{32})?\.png\.[0-9a-f]{32}\.tmp\z")]
    private static partial Regex PartialCardName();
}
