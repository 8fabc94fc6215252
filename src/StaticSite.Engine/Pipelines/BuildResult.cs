using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;

namespace StaticSite.Engine.Pipelines;

/// <summary>What a build produced: every pipeline's final documents, every diagnostic, and how long each phase took.</summary>
public sealed record BuildResult(
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Documents,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PhaseTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>Every document with a destination, from every pipeline, by output path.</summary>
    public IEnumerable<Document> Written => Documents.Values.SelectMany(d => d).Where(d => d.Destination is not null);

    /// <summary>What a build on disk did outside the pipelines (the lock, the swap, the clean-up), with their times.</summary>
    public IReadOnlyList<DiskStep> DiskSteps { get; init; } = [];

    /// <summary>
    /// This stage followed by <paramref name="next"/>, run on the same <see cref="BuildContext"/>: every pipeline's
    /// documents, the next stage's diagnostics (the context's bag holds both stages') and both stages' timings.
    /// </summary>
    public BuildResult Then(BuildResult next) => new(
        Documents.Concat(next.Documents).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        next.Diagnostics,
        Timings.Concat(next.Timings).OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Phase).ToList());
}

/// <summary>How long a phase of a pipeline took; with <see cref="Module"/>, one module of that phase.</summary>
/// <param name="Cpu">Processor time the whole process used meanwhile (all threads): against <paramref name="Elapsed"/>, how well a module used the cores.</param>
/// <param name="HeapAfter">Bytes on the managed heap when the module returned (live and not yet collected): where memory peaks.</param>
/// <param name="Allocated">Bytes allocated meanwhile (all threads): what the module costs the garbage collector.</param>
/// <param name="Paused">Time the garbage collector stopped every thread meanwhile: the part of <paramref name="Elapsed"/> no core did the module's work.</param>
/// <param name="InPass">A module run inside another (<see cref="IReportsSteps"/>): <paramref name="Elapsed"/> is its time summed over all threads.</param>
/// <param name="Depth">How many modules deep an <paramref name="InPass"/> module ran (0: inside the phase's module itself).</param>
public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, string? Module = null, TimeSpan Cpu = default, long HeapAfter = 0, long Allocated = 0, bool InPass = false, TimeSpan Paused = default, int Depth = 0);
