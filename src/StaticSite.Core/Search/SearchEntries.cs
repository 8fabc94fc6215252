namespace StaticSite.Core.Search;

/// <summary>Each page's search entry as UTF-8 JSON, kept in page order until the index is written.</summary>
/// <remarks>
/// Entries are copied into a few large shared blocks rather than kept as an array each. An entry lives from its page
/// until the end of the pass, so each array was copied by the young collections in between, and at about 4.6 KB a
/// page they were most of what those collections kept; large blocks are allocated where the collector does not
/// move them.
/// </remarks>
internal sealed class SearchEntries(int count)
{
    private const int BlockSize = 1 << 20;

    private readonly (int Block, int Start, int Length)[] places = new (int, int, int)[count];
    private readonly List<byte[]> blocks = [];
    private readonly Lock gate = new();
    private int used = BlockSize;

    /// <summary>Keeps the entry of the page at <paramref name="index"/> (one entry a page; pages without one are skipped).</summary>
    public void Add(int index, ReadOnlySpan<byte> entry)
    {
        lock (gate)
        {
            if (used + entry.Length > BlockSize)
            {
                blocks.Add(GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, entry.Length)));
                used = 0;
            }
            entry.CopyTo(blocks[^1].AsSpan(used));
            places[index] = (blocks.Count - 1, used, entry.Length);
            used += entry.Length;
        }
    }

    /// <summary>The index: a JSON array of the pages' entries in page order, then <paramref name="more"/>.</summary>
    public void WriteTo(Stream stream, IEnumerable<byte[]> more)
    {
        var first = true;
        void Next(ReadOnlySpan<byte> entry)
        {
            stream.Write(first ? "["u8 : ","u8);
            stream.Write(entry);
            first = false;
        }
        foreach (var (block, start, length) in places)
        {
            if (length > 0) Next(blocks[block].AsSpan(start, length));
        }
        foreach (var entry in more) Next(entry);
        stream.Write(first ? "[]"u8 : "]"u8);
    }
}
