using StaticSite.Core.Data;
using StaticSite.Core.Diagnostics;
using StaticSite.Core.Documents;
using StaticSite.Core.IO;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Modules;

/// <summary>Splits each section's YAML front matter from its Markdown and reads it as a <see cref="Section"/>.</summary>
/// <remarks>With a <see cref="ParsedFileCache"/> (preview), a file unchanged since the last build is not parsed again.</remarks>
public sealed class ParseSections(ParsedFileCache? cache = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var parsed = documents.SelectInOrder(d => Parse(d, context)).OfType<Document>().ToList();
        EntityIds.ReportDuplicates(parsed.Select(d => d.ModelAs<Section>()), context.Diagnostics);
        foreach (var clash in parsed.Select(d => d.ModelAs<Section>()).GroupBy(s => s.Order).Where(g => g.Count() > 1))
        {
            foreach (var section in clash.Skip(1))
            {
                context.Diagnostics.Error(section.Location, "DATA007", $"order {clash.Key} is also used by {clash.First().Location.Path}; each section needs its own place in the story");
            }
        }
        return parsed;
    }

    private Document? Parse(Document document, BuildContext context)
    {
        var file = document.ModelAs<SourceFile>();
        var id = EntityIds.FromFile(file, context.Diagnostics);
        Section? Parse(DiagnosticBag diagnostics)
        {
            if (FrontMatter.Split(file, document.Text!, diagnostics) is not var (yaml, body, bodyLine)) return null;
            var reader = YamlSource.Load(file, yaml, 1, diagnostics);
            if (id is null || reader is null) return null;
            return Section.Read(id, reader, new MarkdownText(body, new SourceSpan(file.DisplayPath, bodyLine, 1), 0));
        }
        var section = id is not null && cache is not null
            ? cache.GetOrParse(file.DisplayPath, document.Text!, context.Diagnostics, Parse)
            : Parse(context.Diagnostics);
        return section is not null ? document with { Text = null, Model = section } : null; // the section holds what it needs; see ParseEntities
    }
}

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
