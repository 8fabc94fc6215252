
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Engine.Modules;

namespace StaticSite.Explainer.Data;

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
        if (!DocumentText.TryRead(document, context.Diagnostics, out var text)) return null;
        Section? Parse(DiagnosticBag diagnostics)
        {
            if (FrontMatter.Split(file, text, diagnostics) is not var (yaml, body, bodyLine)) return null;
            var reader = YamlSource.Load(file, yaml, 1, diagnostics);
            if (id is null || reader is null) return null;
            return Section.Read(id, reader, new MarkdownText(body, new SourceSpan(file.DisplayPath, bodyLine, 1), 0));
        }
        var section = id is not null && cache is not null
            ? cache.GetOrParse(file.DisplayPath, text, context.Diagnostics, Parse)
            : Parse(context.Diagnostics);
        GC.KeepAlive(text); // the file's bytes, read through spans until here (DocumentText)
        return section is not null ? document with { Content = null, Model = section } : null; // the section holds what it needs; see ParseEntities
    }
}
