using System.Text;
using StaticSite.Core.Documents;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Modules;

/// <summary>Writes every document with a destination under a folder (the staging folder of a build); null writes nothing.</summary>
public sealed class WriteFiles(string? directory) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (directory is null) return documents;
        Parallel.ForEach(documents.Where(d => d.Destination is not null), document =>
        {
            var path = Path.Combine(directory, document.Destination!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (document.Bytes is { } bytes) File.WriteAllBytes(path, bytes);
            else if (document.ContentFile is { } file) File.Copy(file, path, overwrite: true);
            else File.WriteAllText(path, document.Text ?? "", Utf8);
        });
        return documents;
    }
}
