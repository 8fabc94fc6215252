using System.IO.Hashing;

namespace StaticSite.Engine.IO;

/// <summary>
/// Names for content: the fingerprint in an asset's file name, the key of a cached share card. XXH128, not a
/// cryptographic hash: these names only tell contents apart, they protect nothing. SHA-256 on Linux goes through
/// OpenSSL, which every build would then load and configure (docs/performance.md); this one is managed code.
/// </summary>
public static class ContentHash
{
    /// <summary>32 lower-case hex digits.</summary>
    public static string Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));
}
