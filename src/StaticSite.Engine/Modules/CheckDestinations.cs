using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.Modules;

/// <summary>Every output path is written by one document only, and stays inside the output folder.</summary>
public sealed class CheckDestinations(params string[] otherPipelines) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var all = documents.Concat(otherPipelines.SelectMany(context.OutputsOf)).Where(d => d.Destination is not null).ToList();
        foreach (var bad in all.Where(d => !OutputPaths.IsSafeDestination(d.Destination!)))
        {
            context.Diagnostics.Error(bad.Source, "OUT002", $"'{bad.Destination}' would be written outside output/");
        }
        foreach (var bad in all.Where(d => Printable.HasUnprintable(d.Destination!)))
        {
            context.Diagnostics.Error(bad.Source, "OUT002",
                $"'{bad.Destination}' has a line break or another control character in its name, which cannot be part of a URL; rename the file");
        }
        FirstWriters(all, (first, again) =>
            context.Diagnostics.Error(again.Source, "OUT001", $"two documents write '{again.Destination}': this one and {first.Source.Path}"));
        return documents;
    }

    /// <summary>Each output path with the first document that writes it; <paramref name="again"/> hears of every later one.</summary>
    /// <remarks>One pass, remembering who wrote each path first, rather than grouping every destination.</remarks>
    public static Dictionary<string, Document> FirstWriters(IEnumerable<Document> documents, Action<Document, Document>? again = null)
    {
        var first = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Destination is not { } destination || first.TryAdd(destination, document)) continue;
            again?.Invoke(first[destination], document);
        }
        return first;
    }
}
