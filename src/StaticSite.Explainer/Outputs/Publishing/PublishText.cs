using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>How published files are written: absolute URLs from <c>base_url</c>, dates from content, safe JSON and XML.</summary>
public static class PublishText
{
    // JavaScriptEncoder.Create always escapes the HTML-sensitive characters (<, >, &, ' and "), so JSON
    // written with it can sit inside <script type="application/ld+json"> without closing the element;
    // allowing every Unicode range keeps en dashes and accents readable in the open data files.
    private static readonly JavaScriptEncoder JsonEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// A content date as an RFC 3339 timestamp (Atom needs one): a year or month alone is taken as its first day.
    /// Always midnight UTC, never the build clock, so two builds write the same bytes.
    /// </summary>
    public static string Timestamp(PartialDate date) => $"{date.Year:D4}-{date.Month ?? 1:D2}-{date.Day ?? 1:D2}T00:00:00Z";

    /// <summary>On one line: for JSON-LD inside every page, where indentation is only weight.</summary>
    public static readonly JsonWriterOptions CompactJson = new() { Encoder = JsonEncoder };

    private static readonly JsonWriterOptions IndentedJson = new() { Encoder = JsonEncoder, Indented = true, NewLine = "\n" };

    /// <summary>UTF-8 JSON, indented, with a final newline, into <paramref name="stream"/>: for files people read and diff.</summary>
    public static void Json(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(stream, IndentedJson)) write(writer);
        stream.Write("\n"u8);
    }

    /// <summary>Fields whose values are text, in order; a null value is written as null.</summary>
    public static void WriteStrings(this Utf8JsonWriter writer, params ReadOnlySpan<(string Name, string? Value)> fields)
    {
        foreach (var (name, value) in fields) writer.WriteString(name, value);
    }

    public static XmlWriterSettings XmlSettings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>Runs an XML writer into <paramref name="stream"/> as UTF-8, with the settings above and a final newline.</summary>
    public static void Xml(Stream stream, Action<XmlWriter> write)
    {
        using (var writer = XmlWriter.Create(stream, XmlSettings))
        {
            write(writer);
        }
        stream.WriteByte((byte)'\n');
    }
}
