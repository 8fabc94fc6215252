namespace StaticSite.Explainer.Outputs.Search;

/// <summary>
/// Writes the search index, a JSON array of the pages' entries in page order, while the pages are still being made:
/// each entry as soon as every page before it has had its turn, the few that come early held until then.
/// </summary>
/// <remarks>
/// Kept until the pass ended, the entries would be most of what the young collections copy, and writing the whole
/// index would then keep one core busy at the end of the build while the others have nothing to do. Pages are made
/// roughly in order, so little waits.
/// </remarks>
internal sealed class SearchIndexWriter(Stream stream, int pages)
{
    private readonly byte[]?[] early = new byte[pages][];
    private readonly Lock gate = new();
    private int next;
    private bool first = true;

    /// <summary>The entry of the page at <paramref name="index"/>; empty when that page has none. Every page must report once.</summary>
    public void Add(int index, ReadOnlySpan<byte> entry)
    {
        lock (gate)
        {
            if (index != next)
            {
                early[index] = entry.ToArray();
                return;
            }
            Write(entry);
            for (next++; next < pages && early[next] is { } waiting; next++)
            {
                Write(waiting);
                early[next] = null;
            }
        }
    }

    /// <summary>Writes <paramref name="more"/> entries after the pages' (and any page's entry still held), then closes the array.</summary>
    public void Finish(IEnumerable<byte[]> more)
    {
        lock (gate)
        {
            for (; next < pages; next++) if (early[next] is { } waiting) Write(waiting);
            foreach (var entry in more) Write(entry);
            stream.Write(first ? "[]"u8 : "]"u8);
            stream.Flush();
        }
    }

    private void Write(ReadOnlySpan<byte> entry)
    {
        if (entry.IsEmpty) return;
        stream.Write(first ? "["u8 : ","u8);
        stream.Write(entry);
        first = false;
    }
}
