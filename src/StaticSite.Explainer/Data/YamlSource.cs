using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Explainer.Data;

/// <summary>Parses one YAML text into a mapping, reporting malformed YAML with its position.</summary>
public static class YamlSource
{
    /// <param name="lineOffset">lines before the YAML in its file (front matter starts after <c>---</c>).</param>
    /// <param name="body">the Markdown after the front matter, read as the <c>body</c> field.</param>
    public static FieldReader? Load(SourceFile file, string yaml, int lineOffset, DiagnosticBag diagnostics, string code = "DATA001", MarkdownText? body = null)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        var events = new CheckedYamlEvents(new Parser(scanner));
        SourceSpan At(Mark mark) => new(file.DisplayPath, (int)mark.Line + lineOffset, (int)mark.Column);
        try
        {
            stream.Load(events);
        }
        catch (YamlLimitException e)
        {
            diagnostics.Error(At(e.Start), e.Code, e.Message);
            return null;
        }
        catch (YamlException e)
        {
            var (at, reason) = Malformed(e, yaml, scanner, events);
            diagnostics.Error(At(at), code, $"malformed YAML: {reason}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, for some flow collections never closed
            // (`date: [2020-01` followed by more fields); the collection still open is where to look.
            var at = events.OpenFlow is { } flow ? At(flow.Start) : new SourceSpan(file.DisplayPath, 1 + lineOffset, 1);
            diagnostics.Error(at, code, $"malformed YAML: {Unclosed(events.OpenFlow?.Bracket ?? '[')}");
            return null;
        }
        var root = stream.Documents.FirstOrDefault()?.RootNode;
        if (root is not YamlMappingNode map)
        {
            var at = root is null ? new SourceSpan(file.DisplayPath, 1 + lineOffset, 1) : new SourceSpan(file.DisplayPath, (int)root.Start.Line + lineOffset, (int)root.Start.Column);
            diagnostics.Error(at, "DATA008", "expected a mapping of fields (name: value) at the top of the file");
            return null;
        }
        return new FieldReader(map, new YamlPositions(file.DisplayPath, yaml, lineOffset), diagnostics, body);
    }

    // Where YamlDotNet's message and position are not where an editor should look, a better place and words.
    private static (Mark At, string Reason) Malformed(YamlException e, string yaml, Scanner scanner, CheckedYamlEvents events)
    {
        var reason = Reason(e);
        // A tab where indentation is expected is reported at the start of the file; the scanner stopped on it.
        if (reason.Contains(" tab ", StringComparison.Ordinal))
        {
            return (scanner.CurrentPosition, "a tab indents this line; YAML indents with spaces only: replace the tab with spaces");
        }
        // A control character (a NUL, an escape) stops the parser with words about keys or scalars, often a column
        // after it: the character on that line is what to remove.
        if (ControlCharacter(yaml, e.Start) is { } control)
        {
            return (control.At, $"a control character (U+{(int)control.Character:X4}) is here, and YAML text holds none but tabs and line breaks: " +
                "remove it (was the file written by a program rather than a text editor?)");
        }
        // A '[' or '{' never closed is found only where the parser gives up, often lines later, at the end of the file.
        if (events.OpenFlow is { } flow && e.Start.Line > flow.Start.Line && reason.Contains("did not find expected ','", StringComparison.Ordinal))
        {
            return (flow.Start, Unclosed(flow.Bracket));
        }
        return (e.Start, reason);
    }

    // The first control character on the line of the mark, but tabs and line breaks (NEL is one in YAML).
    private static (Mark At, char Character)? ControlCharacter(string yaml, Mark mark)
    {
        var start = 0;
        for (var line = 1; line < mark.Line; line++)
        {
            start = yaml.IndexOf('\n', start) + 1;
            if (start == 0) return null;
        }
        for (var i = start; i < yaml.Length && yaml[i] != '\n'; i++)
        {
            if (char.IsControl(yaml[i]) && yaml[i] is not ('\t' or '\r' or '\u0085')) return (new Mark(i, mark.Line, i - start + 1), yaml[i]);
        }
        return null;
    }

    private static string Unclosed(char bracket) => bracket == '['
        ? "this '[' is never closed: add the ']' that ends the list"
        : "this '{' is never closed: add the '}' that ends it";

    // YamlDotNet prefixes its messages with the position, which the diagnostic already shows.
    private static string Reason(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}

/// <summary>Turns YamlDotNet marks into diagnostic positions, and finds where block scalars' text starts.</summary>
public sealed class YamlPositions(string displayPath, string yaml, int lineOffset)
{
    public string DisplayPath { get; } = displayPath;

    public SourceSpan Of(YamlNode node) => new(DisplayPath, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public MarkdownText Markdown(YamlScalarNode node)
    {
        var value = node.Value ?? "";
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // The text starts on the line after the '|' indicator, indented.
            var firstLine = (int)node.Start.Line; // 1-based line of '|'; the text starts on the next line
            var indent = IndentOfLine(firstLine + 1);
            return new MarkdownText(value, new SourceSpan(DisplayPath, firstLine + 1 + lineOffset, 1), indent);
        }
        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var at = Of(node);
        return new MarkdownText(value, at with { Column = at.Column + quoted }, 0);
    }

    // Found by counting line breaks rather than splitting the text into lines: only block scalars need it,
    // and splitting allocated a string for every line of every file.
    private int IndentOfLine(int line)
    {
        var start = 0;
        for (var n = 1; n < line; n++)
        {
            var next = yaml.IndexOf('\n', start);
            if (next < 0) return 0;
            start = next + 1;
        }
        var indent = 0;
        while (start + indent < yaml.Length && yaml[start + indent] == ' ') indent++;
        return indent;
    }
}
