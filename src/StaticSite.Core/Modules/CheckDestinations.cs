using StaticSite.Core.Documents;
using StaticSite.Core.IO;
using StaticSite.Core.Pipelines;

namespace StaticSite.Core.Modules;

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
        foreach (var clash in all.GroupBy(d => d.Destination!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = clash.First();
            foreach (var other in clash.Skip(1))
            {
                context.Diagnostics.Error(other.Source, "OUT001", $"two documents write '{clash.Key}': this one and {first.Source.Path}");
            }
        }
        return documents;
    }
}
