using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Cli.Reporting;

/// <summary>
/// A diagnostic as one line of JSON: <c>{"path":…,"line":…,"column":…,"severity":"error","code":…,"message":…,"notes":[…]}</c>.
/// Written field by field (no reflection, so the native executable needs nothing kept for it); the writer escapes
/// every control character, so a line is always one line.
/// </summary>
public static class JsonDiagnostics
{
    // Quotes and non-ASCII letters as they are ('gchq', not \u0027gchq\u0027): the lines are read by programs and
    // people, never put into HTML; control characters, '"' and '\\' are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(Diagnostic diagnostic)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("path", diagnostic.Location.Path);
            w.WriteNumber("line", diagnostic.Location.Line);
            w.WriteNumber("column", diagnostic.Location.Column);
            w.WriteString("severity", diagnostic.IsError ? "error" : "warning");
            w.WriteString("code", diagnostic.Code);
            w.WriteString("message", diagnostic.Message);
            w.WriteStartArray("notes");
            if (diagnostic.Note is { } note) w.WriteStringValue(note);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
