using System.Text;

namespace StaticSite.Core.Publishing;

/// <summary>
/// Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted (with quotes doubled)
/// when it holds a comma, a quote or a line break. Small enough that a library would add more than it saves.
/// </summary>
public static class CsvText
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }
        return text.ToString();
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
