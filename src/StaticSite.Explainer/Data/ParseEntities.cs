using System.Text.RegularExpressions;

using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Engine.Modules;

namespace StaticSite.Explainer.Data;

/// <summary>
/// Turns YAML files into typed entities; the id is the file name. A Markdown file (<c>.md</c>) is the same fields as
/// front matter, with the Markdown after it as the <c>body</c>: easier to write than an indented YAML block, and
/// the body is never read through the YAML parser, which is most of the parsing time.
/// </summary>
/// <remarks>With a <see cref="ParsedFileCache"/> (preview), a file unchanged since the last build is not parsed again.</remarks>
public sealed partial class ParseEntities<T>(Func<string, FieldReader, T?> read, ParsedFileCache? cache = null) : IModule where T : class, IEntity
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var parsed = documents.SelectInOrder(d => Parse(d, context)).OfType<Document>().ToList();
        EntityIds.ReportDuplicates(parsed.Select(d => d.ModelAs<T>()), context.Diagnostics);
        return parsed;
    }

    private Document? Parse(Document document, BuildContext context)
    {
        var file = document.ModelAs<SourceFile>();
        var id = EntityIds.FromFile(file, context.Diagnostics);
        if (!DocumentText.TryRead(document, context.Diagnostics, out var text)) return null;
        T? Parse(DiagnosticBag diagnostics) => Fields(file, text, diagnostics) is { } reader && id is not null ? read(id, reader) : null;
        var entity = id is not null && cache is not null
            ? cache.GetOrParse(file.DisplayPath, text, context.Diagnostics, Parse)
            : Parse(context.Diagnostics);
        GC.KeepAlive(text); // the file's bytes, read through spans until here (DocumentText)
        // The entity holds all it needs; keeping the YAML text too would hold every input file until the
        // build ends.
        return entity is not null ? document with { Content = null, Model = entity } : null;
    }

    private static FieldReader? Fields(SourceFile file, ReadOnlyMemory<byte> text, DiagnosticBag diagnostics)
    {
        if (!file.Path.EndsWith(".md", StringComparison.Ordinal)) return YamlSource.Load(file, SourceFile.Decode(text.Span), 0, diagnostics);
        if (FrontMatter.Split(file, text, diagnostics) is not var (yaml, body, bodyLine)) return null;
        return YamlSource.Load(file, yaml, 1, diagnostics, body: new MarkdownText(body, new SourceSpan(file.DisplayPath, bodyLine, 1), 0));
    }
}

/// <summary>Ids come from file names and become URLs, so they are checked before anything uses them.</summary>
public static partial class EntityIds
{
    public static string? FromFile(SourceFile file, DiagnosticBag diagnostics)
    {
        var id = Path.GetFileNameWithoutExtension(file.Path);
        return Check(id, SourceSpan.File(file.DisplayPath), diagnostics) ? id : null;
    }

    /// <summary>Whether <paramref name="id"/> can be an id; if not, reports why at <paramref name="at"/> (OUT002).</summary>
    public static bool Check(string id, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (Valid().IsMatch(id)) return true;
        var why = Printable.HasUnprintable(id) ? "its file name holds a line break or another control character, and " : "";
        diagnostics.Error(at, "OUT002",
            $"'{id}' cannot be an id: {why}ids become URLs, so use lower-case letters, digits and hyphens (e.g. '{Slug(id)}')");
        return false;
    }

    /// <summary>Reports that an entity at <paramref name="at"/> has the id of the one in <paramref name="otherPath"/> (DATA006).</summary>
    public static void Duplicate(SourceSpan at, string id, string otherPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(at, "DATA006", $"two entities have the id '{id}'; the other is {otherPath}");

    public static void ReportDuplicates(IEnumerable<IEntity> entities, DiagnosticBag diagnostics)
    {
        foreach (var group in entities.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                Duplicate(other.Location, group.Key, first.Location.Path, diagnostics);
            }
        }
    }

    private static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-') is { Length: > 0 } s ? s : "my-id";

    /// <summary>What an id is: lower-case letters, digits and hyphens, starting with a letter or digit.</summary>
    public const string IdCharacters = "[a-z0-9][a-z0-9-]*";

    // \z, not $: $ also matches before a final line break, and "newag\n" would pass.
    [GeneratedRegex(@"\A" + IdCharacters + @"\z")]
    private static partial Regex Valid();
}
