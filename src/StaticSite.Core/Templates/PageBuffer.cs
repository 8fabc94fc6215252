using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace StaticSite.Core.Templates;

/// <summary>
/// One thread's reusable room for a page: the HTML as the layout writes it, then its UTF-8 bytes. A page
/// rendered to a string, then encoded to a new array, allocated about 56 KB a page that lived only until the
/// file was written: at 1,000 episodes a sixth of all the build allocated, and each collection it caused
/// stopped the other thread too.
/// </summary>
/// <remarks>What <see cref="Html"/> and <see cref="Utf8"/> return is valid until the thread's next page.</remarks>
internal sealed class PageBuffer
{
    /// <summary>
    /// The most characters a room kept for the thread's next page holds. An array of 85,000 bytes or more goes on
    /// the large object heap, which only a full collection frees, and each new one there counts towards the next
    /// full collection: at 1,000 episodes the rooms grown for the few pages that list every episode set off two of
    /// them, 10 ms each, during the page pass. A longer page writes into chunks and borrows its copies from
    /// <see cref="Borrowed"/>.
    /// </summary>
    public const int MostKept = 40_000;

    /// <summary>Up to this many elements a borrowed array goes back to be lent again; larger ones (the lists of a site of 100,000 episodes) are left to the collector.</summary>
    private const int MostLent = 1 << 21;

    private static readonly ArrayPool<char> BorrowedChars = ArrayPool<char>.Create(MostLent, 4);
    private static readonly ArrayPool<byte> BorrowedBytes = ArrayPool<byte>.Create(MostLent, 4);

    [ThreadStatic] private static PageBuffer? forThisThread;

    private StringBuilder text = new(MostKept);
    private readonly char[] chars = new char[MostKept];
    private readonly byte[] bytes = new byte[MostKept];
    private char[]? borrowedChars;
    private byte[]? borrowedBytes;
    private int copied = -1;

    public static PageBuffer ForThisThread() => forThisThread ??= new PageBuffer();

    /// <summary>A writer for the next page, into the same room as the last.</summary>
    /// <remarks>
    /// A StringWriter, since Fluid also writes through TextWriter's async methods, which a plain TextWriter subclass
    /// hands to the thread pool one write at a time (that doubled the time spent in layouts). A new one each page,
    /// since Fluid closes the writer it renders into.
    /// </remarks>
    public TextWriter Start()
    {
        // Emptying a builder that grew past one chunk makes a new array of its whole capacity (StringBuilder.Clear).
        if (text.Capacity > MostKept) text = new StringBuilder(MostKept);
        else text.Clear();
        copied = -1;
        return new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What was written since <see cref="Start"/>, in one piece.</summary>
    public ReadOnlySpan<char> Html
    {
        get
        {
            var room = text.Length <= chars.Length ? chars : Borrow(BorrowedChars, ref borrowedChars, text.Length);
            if (copied < 0)
            {
                text.CopyTo(0, room, text.Length);
                copied = text.Length;
            }
            return room.AsSpan(0, copied);
        }
    }

    /// <summary>The page's HTML as UTF-8, without a byte order mark.</summary>
    /// <remarks>Encoded straight into the kept room, which holds any ordinary page; counted first only when it does not.</remarks>
    public ReadOnlySpan<byte> Utf8()
    {
        var html = Html;
        if (System.Text.Unicode.Utf8.FromUtf16(html, bytes, out _, out var written) == OperationStatus.Done) return bytes.AsSpan(0, written);
        var room = Borrow(BorrowedBytes, ref borrowedBytes, Encoding.UTF8.GetByteCount(html));
        return room.AsSpan(0, Encoding.UTF8.GetBytes(html, room));
    }

    /// <summary>The most characters the room holds now, in its builder or its copy.</summary>
    internal int Capacity => Math.Max(text.Capacity, borrowedChars?.Length ?? chars.Length);

    /// <summary>Called when the page is written: what it borrowed goes back.</summary>
    public void Done()
    {
        Return(BorrowedChars, ref borrowedChars);
        Return(BorrowedBytes, ref borrowedBytes);
        if (text.Capacity > MostKept) text = new StringBuilder(MostKept);
        copied = -1;
    }

    private static T[] Borrow<T>(ArrayPool<T> pool, ref T[]? borrowed, int length)
    {
        if (borrowed is { } held && held.Length >= length) return held;
        Return(pool, ref borrowed);
        return borrowed = pool.Rent(length);
    }

    private static void Return<T>(ArrayPool<T> pool, ref T[]? borrowed)
    {
        if (borrowed is null) return;
        pool.Return(borrowed);
        borrowed = null;
    }
}
