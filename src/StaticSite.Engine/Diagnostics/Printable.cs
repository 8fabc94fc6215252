using System.Text;

namespace StaticSite.Engine.Diagnostics;

/// <summary>
/// Text as a diagnostic shows it: on one line, with every character that would move the cursor, end the line or turn
/// the text's direction written out (<c>\n</c>, <c>\t</c>, <c>\u202E</c>). A file name or an alias with a line break
/// in it would otherwise break the <c>path:line:col</c> line in two, and an invisible one would leave the reader
/// looking at a name that seems right.
/// </summary>
public static class Printable
{
    public static string Of(string text)
    {
        if (!text.AsSpan().ContainsAny(Unprintable)) return text;
        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': shown.Append("\\n"); break;
                case '\r': shown.Append("\\r"); break;
                case '\t': shown.Append("\\t"); break;
                default:
                    if (Unprintable.Contains(c)) shown.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else shown.Append(c);
                    break;
            }
        }
        return shown.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds a character <see cref="Of"/> would write out.</summary>
    public static bool HasUnprintable(string text) => text.AsSpan().ContainsAny(Unprintable);

    // Control characters (C0, DEL, C1), the line and paragraph separators, and the marks that change the direction of text.
    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u2028', '\u2029', '\u200E', '\u200F', .. Enumerable.Range(0x202A, 5).Select(c => (char)c), .. Enumerable.Range(0x2066, 4).Select(c => (char)c)]);
}
