using System.Runtime.InteropServices;
using System.Security.Cryptography;
using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Explainer;

/// <summary>
/// A SHA-256 of the values added, each marked with its length, so that ("ab", "c") and ("a", "bc") differ.
/// Written by hand for the caches' keys: no serializer, so nothing depends on reflection (NativeAOT) and nothing
/// builds a text it only hashes.
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Fingerprint Add(string? text)
    {
        Add(text is null ? -1 : text.Length);
        if (text is not null) hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(int number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(SourceSpan at) => Add(at.Path).Add(at.Line).Add(at.Column);

    public string Finish() => Convert.ToHexString(hash.GetHashAndReset());

    public void Dispose() => hash.Dispose();
}
