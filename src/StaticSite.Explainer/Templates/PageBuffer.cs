using System.Buffers;
using System.Text;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// One thread's reusable room for a page: the HTML as the layout writes it, then its UTF-8 bytes, so a page
/// costs no string and no array that live only until its file is written (each collection they cause stops
/// every thread). The bytes are encoded straight from the builder's chunks, never from a copy of the whole page
/// as characters.
/// </summary>
/// <remarks>What <see cref="Utf8"/> returns is valid until the thread's next page.</remarks>
internal sealed class PageBuffer
{
    /// <summary>
    /// The most characters (and bytes) a room kept for the thread's next page holds. An array of 85,000 bytes or
    /// more goes on the large object heap, which only a full collection frees, and each new one there counts
    /// towards the next full collection, so rooms grown for the few pages that list every episode would set them
    /// off during the page pass. A longer page is written into the builder's
    /// chunks and borrows room for its bytes from <see cref="BorrowedBytes"/>.
    /// </summary>
    public const int MostKept = 40_000;

    /// <summary>Up to this many bytes a borrowed array goes back to be lent again; larger ones (the lists of a site of 100,000 episodes) are left to the collector.</summary>
    private const int MostLent = 1 << 22;

    private static readonly ArrayPool<byte> BorrowedBytes = ArrayPool<byte>.Create(MostLent, 4);

    [ThreadStatic] private static PageBuffer? forThisThread;

    private StringBuilder text = new(MostKept);
    private readonly byte[] bytes = new byte[MostKept];
    private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[]? borrowedBytes;
    private byte[]? encodedInto;
    private int encoded;

    public static PageBuffer ForThisThread() => forThisThread ??= new PageBuffer();

    /// <summary>A writer for the next page, into the same room as the last.</summary>
    /// <remarks>
    /// A StringWriter, since Fluid also writes through TextWriter's async methods, which a plain TextWriter subclass
    /// hands to the thread pool one write at a time (that doubled the time spent in layouts). A new one each page,
    /// since Fluid closes the writer it renders into.
    /// </remarks>
    /// <param name="mostCharacters">the longest the page may be: a longer one fails with an exception that <see cref="IsTooLong"/> knows.</param>
    public TextWriter Start(int mostCharacters = int.MaxValue)
    {
        if (text.MaxCapacity != mostCharacters) text = new StringBuilder(Math.Min(MostKept, mostCharacters), mostCharacters);
        EmptyText();
        encodedInto = null;
        return new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The page's HTML as UTF-8, without a byte order mark.</summary>
    /// <remarks>Encoded into the kept room, which holds any ordinary page; counted first only when it does not.</remarks>
    public ReadOnlySpan<byte> Utf8()
    {
        if (encodedInto is null)
        {
            if (Encode(bytes) is { } written) (encodedInto, encoded) = (bytes, written);
            else
            {
                var room = Borrow(ByteCount());
                (encodedInto, encoded) = (room, Encode(room)!.Value);
            }
        }
        return encodedInto.AsSpan(0, encoded);
    }

    /// <summary>The page's HTML as a string (for a page kept in memory rather than written).</summary>
    public string Text() => text.ToString();

    /// <summary>Whether <paramref name="e"/> is what the page's builder throws when the page would be longer than it may be.</summary>
    public static bool IsTooLong(Exception e) => e is ArgumentOutOfRangeException { ParamName: "valueCount" or "requiredLength" };

    /// <summary>The most characters the room holds now.</summary>
    internal int Capacity => text.Capacity;

    /// <summary>Called when the page is written: what it borrowed goes back.</summary>
    public void Done()
    {
        if (borrowedBytes is { } borrowed) BorrowedBytes.Return(borrowed);
        borrowedBytes = null;
        EmptyText();
        encodedInto = null;
    }

    // A builder grown past the kept room is let go: emptying one that grew past one chunk makes a new array of its
    // whole capacity (StringBuilder.Clear).
    private void EmptyText()
    {
        if (text.Capacity > MostKept) text = new StringBuilder(MostKept, text.MaxCapacity);
        else text.Clear();
    }

    // How many bytes the page takes, or null when it does not fit the room.
    private int? Encode(byte[] room)
    {
        encoder.Reset();
        var written = 0;
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                encoder.Convert(chunk.Span, room.AsSpan(written), flush: false, out var used, out var wrote, out _);
                written += wrote;
                if (used < chunk.Length) return null;
            }
            encoder.Convert([], room.AsSpan(written), flush: true, out _, out var last, out var completed);
            return completed ? written + last : null;
        }
        catch (ArgumentException)
        {
            return null; // the room was full before the next character: the encoder then throws rather than stop
        }
    }

    // At least the bytes the page takes: counted chunk by chunk, a pair of surrogates split between two chunks
    // counts as two replacement characters, more than the pair's four bytes.
    private int ByteCount()
    {
        var count = 0;
        foreach (var chunk in text.GetChunks()) count += Encoding.UTF8.GetByteCount(chunk.Span);
        return count;
    }

    private byte[] Borrow(int length)
    {
        if (borrowedBytes is { } held && held.Length >= length) return held;
        if (borrowedBytes is { } small) BorrowedBytes.Return(small);
        return borrowedBytes = BorrowedBytes.Rent(length);
    }
}
