using System.Text;

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
    /// Rooms grown past this many characters are let go after their page, not kept: the few pages that list every
    /// episode run to 30 million characters at 100,000 episodes, and keeping their room for every thread raised
    /// that build's peak memory by about 0.4 GiB.
    /// </summary>
    public const int MostKept = 1 << 20;

    private const int FirstSize = 64 * 1024;

    [ThreadStatic] private static PageBuffer? forThisThread;

    private StringBuilder text = new(FirstSize);
    private char[] chars = new char[FirstSize];
    private byte[] bytes = new byte[3 * FirstSize];
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
        text.Clear();
        copied = -1;
        return new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What was written since <see cref="Start"/>, in one piece.</summary>
    public ReadOnlySpan<char> Html
    {
        get
        {
            if (copied < 0)
            {
                if (chars.Length < text.Length) chars = new char[Math.Max(text.Length, chars.Length * 2)];
                text.CopyTo(0, chars, text.Length);
                copied = text.Length;
            }
            return chars.AsSpan(0, copied);
        }
    }

    /// <summary>The page's HTML as UTF-8, without a byte order mark.</summary>
    /// <remarks>The room is made large enough for any text of this length, so the text is read once, not counted first.</remarks>
    public ReadOnlySpan<byte> Utf8()
    {
        var html = Html;
        var most = Encoding.UTF8.GetMaxByteCount(html.Length);
        if (bytes.Length < most) bytes = new byte[Math.Max(most, bytes.Length * 2)];
        return bytes.AsSpan(0, Encoding.UTF8.GetBytes(html, bytes));
    }

    /// <summary>The most characters the room holds now, in its builder or its copy.</summary>
    internal int Capacity => Math.Max(text.Capacity, chars.Length);

    /// <summary>Called when the page is written: a room grown past <see cref="MostKept"/> is let go.</summary>
    public void Done()
    {
        if (text.Capacity > MostKept) text = new StringBuilder(FirstSize);
        if (chars.Length > MostKept) chars = new char[FirstSize];
        if (bytes.Length > 3 * MostKept + 3) bytes = new byte[3 * FirstSize];
        copied = -1;
    }
}
