using StaticSite.Core.Diagnostics;
using StaticSite.Core.IO;

namespace StaticSite.Core.Modules;

/// <summary>Front matter: YAML between a first line <c>---</c> and the next line <c>---</c>.</summary>
public static class FrontMatter
{
    /// <returns>The YAML, the Markdown after it, and the 1-based line where the Markdown starts.</returns>
    public static (string Yaml, string Body, int BodyLine)? Split(SourceFile file, string text, DiagnosticBag diagnostics)
    {
        text = text.Replace("\r\n", "\n");
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).TrimEnd() is not "---")
        {
            diagnostics.Error(new SourceSpan(file.DisplayPath, 1, 1), "FM001", "a Markdown file must start with front matter: a line '---', the YAML fields, then another '---'");
            return null;
        }
        // Found line by line rather than by splitting the whole file: most of it is the body, which stays one string.
        var line = 2;
        for (var start = firstEnd + 1; start <= text.Length; line++)
        {
            var end = LineEnd(text, start);
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..Math.Max(firstEnd + 1, start - 1)];
                var body = end < text.Length ? text[(end + 1)..] : "";
                return (yaml, body, line + 1);
            }
            start = end + 1;
        }
        diagnostics.Error(new SourceSpan(file.DisplayPath, 1, 1), "FM002", "front matter never ends: add a line '---' after the last YAML field");
        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}
