using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// A hash of the values added, each marked with its length, so that ("ab", "c") and ("a", "bc") differ.
/// Written by hand for the caches' keys: no serializer, so nothing depends on reflection (NativeAOT) and nothing
/// builds a text it only hashes. XXH128, as <see cref="ContentHash"/> names content: these keys only tell
/// inputs apart, and SHA-256 brought OpenSSL into the process for them.
/// </summary>
internal sealed class Fingerprint
{
    private readonly XxHash128 hash = new();

    public Fingerprint Add(string? text)
    {
        Add(text is null ? -1 : text.Length);
        if (text is not null) hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        hash.Append(bytes);
        return this;
    }

    public Fingerprint Add(int number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        hash.Append(bytes);
        return this;
    }

    public Fingerprint Add(SourceSpan at) => Add(at.Path).Add(at.Line).Add(at.Column);

    public string Finish() => Convert.ToHexString(hash.GetHashAndReset());
}
