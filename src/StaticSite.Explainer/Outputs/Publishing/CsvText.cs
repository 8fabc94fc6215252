using System.Text;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted (with quotes doubled)
/// when it holds a comma, a quote or a line break. Small enough that a library would add more than it saves.
/// </summary>
public static class CsvText
{
    /// <summary>Writes the rows as UTF-8 (without a byte order mark) into <paramref name="stream"/>, which stays open.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) text.Write(',');
                text.Write(Field(row[i]));
            }
            text.Write("\r\n");
        }
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
