using StaticSite.Core.Diagnostics;
using StaticSite.Core.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Core.Data;

/// <summary>Parses one YAML text into a mapping, reporting malformed YAML with its position.</summary>
public static class YamlSource
{
    /// <param name="lineOffset">lines before the YAML in its file (front matter starts after <c>---</c>).</param>
    /// <param name="body">the Markdown after the front matter, read as the <c>body</c> field.</param>
    public static FieldReader? Load(SourceFile file, string yaml, int lineOffset, DiagnosticBag diagnostics, string code = "DATA001", MarkdownText? body = null)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceSpan(file.DisplayPath, (int)e.Start.Line + lineOffset, (int)e.Start.Column),
                code, $"malformed YAML: {Reason(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, for some flow collections never closed
            // (`date: [2020-01` followed by more fields); it is still bad input, never a crash.
            diagnostics.Error(new SourceSpan(file.DisplayPath, 1 + lineOffset, 1), code,
                "malformed YAML: a '[' or '{' is never closed");
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
