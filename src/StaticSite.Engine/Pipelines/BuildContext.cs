using System.Collections.Concurrent;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;

namespace StaticSite.Engine.Pipelines;

/// <summary>What modules may see of the build: the files, the diagnostics, and other pipelines' documents.</summary>
public sealed class BuildContext(SiteFiles files, DiagnosticBag diagnostics, CancellationToken cancellation)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> outputs = new(StringComparer.Ordinal);

    public SiteFiles Files { get; } = files;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Called as each pipeline's phase starts, on the thread that runs it: what a progress display shows.</summary>
    public Action<string, Phase>? PhaseStarted { get; init; }

    /// <summary>The documents a pipeline holds after its latest finished phase.</summary>
    public IReadOnlyList<Document> OutputsOf(string pipeline) =>
        outputs.TryGetValue(pipeline, out var documents)
            ? documents
            : throw new InvalidOperationException($"pipeline '{pipeline}' has not run; declare it with After()");

    internal void SetOutputs(string pipeline, IReadOnlyList<Document> documents) => outputs[pipeline] = documents;
}
