using System.Buffers;
using System.Runtime.InteropServices;

namespace StaticSite.Engine.IO;

/// <summary>
/// A content file's bytes, held outside the collected heap and freed once nothing refers to them any more.
/// </summary>
/// <remarks>
/// <para>
/// Every Markdown body is a slice of its file's bytes and stays in the site model until its page is made. Read into
/// arrays on the pinned heap, those bytes count towards the budget that sets off full collections; read into
/// ordinary arrays, every young collection copies them again. Here the collector neither counts nor copies them
/// (docs/performance.md has the figures).
/// </para>
/// <para>
/// The memory goes when this object is collected, so keep the <see cref="Memory{T}"/> (or whatever holds it, such as
/// a <c>MarkdownText</c>) reachable for as long as a span of it is read: a span alone does not keep the bytes alive.
/// </para>
/// </remarks>
internal sealed unsafe class NativeFileBytes : MemoryManager<byte>
{
    private byte* bytes;
    private readonly int length;

    private NativeFileBytes(int length)
    {
        bytes = (byte*)NativeMemory.Alloc((nuint)Math.Max(length, 1));
        this.length = length;
    }

    /// <summary>The file as it is when opened; shared with an editor that holds it open, as <see cref="DiskFile"/> reads.</summary>
    public static ReadOnlyMemory<byte> Read(string path)
    {
        using var handle = DiskFile.OpenShared(path);
        return Read(handle, checked((int)RandomAccess.GetLength(handle)));
    }

    /// <summary>Up to <paramref name="length"/> bytes of an open file, from its start.</summary>
    internal static ReadOnlyMemory<byte> Read(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length)
    {
        var owner = new NativeFileBytes(length);
        return owner.Memory[..DiskFile.ReadAll(handle, owner.GetSpan())];
    }

    public override Span<byte> GetSpan() => new(bytes, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(bytes + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (bytes is null) return;
        NativeMemory.Free(bytes);
        bytes = null;
    }

    // CA2015 warns that a finalizer lets the memory go while a span of it is still read. Every reader here reads
    // through a Memory or a MarkdownText that it keeps alive until it is done (see the remarks above).
#pragma warning disable CA2015
    ~NativeFileBytes() => Dispose(false);
#pragma warning restore CA2015
}
