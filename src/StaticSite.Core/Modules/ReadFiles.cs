using StaticSite.Core.Diagnostics;
using StaticSite.Core.Documents;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Modules;

/// <summary>Reads the content files of one input folder as text documents.</summary>
public sealed class ReadFiles(string folder, params string[] extensions) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        context.Files.Content(folder, extensions)
            .SelectInOrder(f => new Document(SourceSpan.File(f.DisplayPath), null, f.ReadText(), Model: f))
            .ToList();
}
