using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Engine.Modules;

/// <summary>
/// One document for each content file of an input folder, its <see cref="SourceFile"/> as the model. The text is
/// read by the module that parses it (<see cref="DocumentText"/>), as Statiq reads a file's content when first
/// asked: read here, every file's text was alive at once and each collection during the parse copied it again.
/// </summary>
public sealed class ReadFiles(string folder, params string[] extensions) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        [.. context.Files.Content(folder, extensions).Select(f => new Document(SourceSpan.File(f.DisplayPath), null, Model: f))];
}

/// <summary>The content of a document from <see cref="ReadFiles"/>, as UTF-8: as given, or else read from its file now.</summary>
/// <remarks>Keep the memory reachable while reading a span of it: a file's bytes are freed with it (<see cref="NativeFileBytes"/>).</remarks>
public static class DocumentText
{
    /// <summary>False, with a diagnostic, when the file cannot be read or is not UTF-8 (<see cref="SourceFile.TryReadContent"/>).</summary>
    public static bool TryRead(Document document, DiagnosticBag diagnostics, out ReadOnlyMemory<byte> utf8)
    {
        if (document.Text is not { } text) return document.ModelAs<SourceFile>().TryReadContent(diagnostics, out utf8);
        utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        return true;
    }
}
