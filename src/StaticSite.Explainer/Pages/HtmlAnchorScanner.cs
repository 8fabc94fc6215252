using System.Buffers;
using System.Net;
using System.Text;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// A one-pass reader of start tags that keeps only ids and URL attributes, following the HTML standard's
/// tokenizer where our pages can reach it: comments, doctype, quoted and unquoted attribute values, character
/// references, the first of two same-named attributes, and raw text inside script, style, title and textarea.
/// AngleSharp reads the same answers (PageAnchorsTests compares the two), but even its tokenizer alone costs more
/// than the rest of a build (docs/performance.md).
/// </summary>
/// <remarks>
/// It reads the page as the UTF-8 bytes written to its file: every character the tokenizer looks for is ASCII, and
/// a byte of a longer character is never one of them. Read as .NET characters, each page was first copied whole
/// into an array of its own, twice the size of its bytes.
/// </remarks>
internal static class HtmlAnchorScanner
{
    /// <summary>An attribute's value, decoded; valid only during the call.</summary>
    public delegate void ValueFound(ReadOnlySpan<char> value);

    public static void Scan(ReadOnlySpan<byte> html, ValueFound id, ValueFound url)
    {
        var i = 0;
        while ((i = IndexOf(html, (byte)'<', i)) >= 0 && i + 1 < html.Length)
        {
            var c = html[i + 1];
            if (char.IsAsciiLetter((char)c)) i = StartTag(html, i + 1, id, url);
            else if (c == '!' && html[(i + 2)..].StartsWith("--"u8)) i = Comment(html, i + 4);
            else if (c is (byte)'!' or (byte)'?' || (c == '/' && i + 2 < html.Length && char.IsAsciiLetter((char)html[i + 2]))) i = After(html, (byte)'>', i + 2);
            else i++;
        }
    }

    // Only the values of id and URL attributes become strings: names are compared in place, because
    // allocating every tag and attribute name was a third of the time spent applying layouts.
    private static int StartTag(ReadOnlySpan<byte> html, int i, ValueFound id, ValueFound url)
    {
        var nameEnd = NameEnd(html, i, equalsEnds: false);
        var (urlAttribute, rawTextTag) = Classify(html[i..nameEnd]);
        bool seenId = false, seenUrl = urlAttribute == UrlAttribute.None;
        i = nameEnd;
        while (i < html.Length)
        {
            var c = html[i];
            if (c is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'/') { i++; continue; }
            if (c == '>') { i++; break; }
            var start = i;
            i = NameEnd(html, i + 1, equalsEnds: true); // a name may begin with '='
            var nameLength = i - start;
            while (i < html.Length && IsSpace(html[i])) i++;
            var (valueStart, valueEnd) = (i, i);
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i])) i++;
                (valueStart, valueEnd, i) = Value(html, i);
            }
            // The standard drops a repeated attribute; only the first counts.
            if (nameLength == 2 && !seenId && IsId(html[start], html[start + 1])) { seenId = true; Found(html[valueStart..valueEnd], id); }
            else if (!seenUrl && IsUrl(html.Slice(start, nameLength), urlAttribute)) { seenUrl = true; Found(html[valueStart..valueEnd], url); }
        }
        return rawTextTag switch
        {
            null => i,
            "plaintext" => html.Length,
            _ => EndOfRawText(html, i, rawTextTag),
        };
    }

    private enum UrlAttribute { None, Href, Src }

    // Which attribute holds the tag's URL, and whether its content is raw text. By length first: most tags are none
    // of these, and their length alone says so without comparing their name to each.
    private static (UrlAttribute Url, string? RawTextTag) Classify(ReadOnlySpan<byte> tag) => tag.Length switch
    {
        1 when (tag[0] | 0x20) == 'a' => (UrlAttribute.Href, null),
        3 when Is(tag, "img") => (UrlAttribute.Src, null),
        3 when Is(tag, "xmp") => (UrlAttribute.None, "xmp"),
        4 when Is(tag, "link") => (UrlAttribute.Href, null),
        5 when Is(tag, "title") => (UrlAttribute.None, "title"),
        5 when Is(tag, "style") => (UrlAttribute.None, "style"),
        6 when Is(tag, "script") => (UrlAttribute.Src, "script"),
        6 when Is(tag, "iframe") => (UrlAttribute.None, "iframe"),
        7 when Is(tag, "noembed") => (UrlAttribute.None, "noembed"),
        8 when Is(tag, "noframes") => (UrlAttribute.None, "noframes"),
        8 when Is(tag, "textarea") => (UrlAttribute.None, "textarea"),
        9 when Is(tag, "plaintext") => (UrlAttribute.None, "plaintext"),
        _ => (UrlAttribute.None, null),
    };

    // ASCII letters only, so setting the 0x20 bit is lower-casing them.
    private static bool IsId(byte first, byte second) => (first | 0x20) == 'i' && (second | 0x20) == 'd';

    private static bool IsUrl(ReadOnlySpan<byte> name, UrlAttribute attribute) => attribute == UrlAttribute.Href
        ? name.Length == 4 && Is(name, "href")
        : name.Length == 3 && Is(name, "src");

    // Tag and attribute names are a few letters long: a plain loop finds their end sooner than a vectorised
    // search is set up.
    private static int NameEnd(ReadOnlySpan<byte> html, int i, bool equalsEnds)
    {
        while (i < html.Length)
        {
            var c = html[i];
            // One pattern, which the compiler turns into a single test of a bit mask.
            if (c is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'/' or (byte)'>' || (equalsEnds && c == '=')) break;
            i++;
        }
        return i;
    }

    private static readonly SearchValues<byte> UnquotedValueEnds = SearchValues.Create(" \t\n\r\f>"u8);

    private static bool Is(ReadOnlySpan<byte> name, string expected) => Ascii.EqualsIgnoreCase(name, expected);

    private static (int Start, int End, int Next) Value(ReadOnlySpan<byte> html, int i)
    {
        if (i < html.Length && html[i] is (byte)'"' or (byte)'\'')
        {
            var end = IndexOf(html, html[i], i + 1);
            if (end < 0) end = html.Length;
            return (i + 1, end, Math.Min(end + 1, html.Length));
        }
        var found = html[i..].IndexOfAny(UnquotedValueEnds);
        var bare = found < 0 ? html.Length : i + found;
        return (i, bare, bare);
    }

    // A value as characters, with its character references decoded, for as long as the call lasts.
    private static void Found(ReadOnlySpan<byte> raw, ValueFound found)
    {
        if (raw.Contains((byte)'&'))
        {
            found(WebUtility.HtmlDecode(Encoding.UTF8.GetString(raw)));
            return;
        }
        Span<char> chars = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        found(chars[..Encoding.UTF8.GetChars(raw, chars)]);
    }

    private static int EndOfRawText(ReadOnlySpan<byte> html, int i, string tag)
    {
        for (var end = IndexOf(html, "</"u8, i); end >= 0; end = IndexOf(html, "</"u8, end + 2))
        {
            var after = end + 2 + tag.Length;
            if (after <= html.Length && Is(html[(end + 2)..after], tag)
                && (after == html.Length || IsSpace(html[after]) || html[after] is (byte)'/' or (byte)'>'))
            {
                return end;
            }
        }
        return html.Length;
    }

    private static int Comment(ReadOnlySpan<byte> html, int i)
    {
        var end = IndexOf(html, "-->"u8, i);
        return end < 0 ? html.Length : end + 3;
    }

    private static int After(ReadOnlySpan<byte> html, byte c, int i)
    {
        var end = IndexOf(html, c, i);
        return end < 0 ? html.Length : end + 1;
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    // Where the first match is at or after i, as string.IndexOf(value, startIndex) says it; -1 when there is none.
    private static int IndexOf(ReadOnlySpan<byte> html, byte value, int i)
    {
        var found = html[i..].IndexOf(value);
        return found < 0 ? -1 : i + found;
    }

    private static int IndexOf(ReadOnlySpan<byte> html, ReadOnlySpan<byte> value, int i)
    {
        var found = html[i..].IndexOf(value);
        return found < 0 ? -1 : i + found;
    }
}
