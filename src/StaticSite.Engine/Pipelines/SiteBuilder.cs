using System.Collections.Concurrent;
using System.Diagnostics;
using StaticSite.Engine.Documents;

namespace StaticSite.Engine.Pipelines;

/// <summary>
/// Runs pipelines phase by phase. Input and Process run pipeline by pipeline in dependency order
/// (modules parallelise their own work); PostProcess and Output run once every Process is done.
/// After each phase with an error the build stops, having collected every diagnostic of that phase.
/// </summary>
public sealed class SiteBuilder(IReadOnlyList<Pipeline> pipelines)
{
    public BuildResult Build(BuildContext context)
    {
        var timings = new ConcurrentQueue<PhaseTiming>();
        var current = new ConcurrentDictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);

        foreach (var level in DependencyLevels())
        {
            // Pipelines run one after another and parallelise inside their modules: nesting parallel loops
            // blocked thread-pool threads and stalled small builds for about a second while the pool grew.
            foreach (var pipeline in level)
            {
                IReadOnlyList<Document> documents = [];
                foreach (var phase in new[] { Phase.Input, Phase.Process })
                {
                    documents = Run(pipeline, phase, documents, context, timings);
                }
                current[pipeline.Name] = documents;
                context.SetOutputs(pipeline.Name, documents);
            }
            if (context.Diagnostics.HasErrors) return Result(current, context, timings);
        }

        foreach (var phase in new[] { Phase.PostProcess, Phase.Output })
        {
            // Every pipeline of this phase reads the others' documents as they were before it.
            var next = new ConcurrentDictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);
            foreach (var pipeline in pipelines) next[pipeline.Name] = Run(pipeline, phase, current[pipeline.Name], context, timings);
            foreach (var (name, documents) in next)
            {
                current[name] = documents;
                context.SetOutputs(name, documents);
            }
            if (context.Diagnostics.HasErrors) break;
        }
        return Result(current, context, timings);
    }

    private static IReadOnlyList<Document> Run(Pipeline pipeline, Phase phase, IReadOnlyList<Document> documents, BuildContext context, ConcurrentQueue<PhaseTiming> timings)
    {
        var clock = Stopwatch.StartNew();
        context.PhaseStarted?.Invoke(pipeline.Name, phase);
        foreach (var module in pipeline.ModulesOf(phase))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var moduleClock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            documents = module.Execute(documents, context);
            timings.Enqueue(new PhaseTiming(pipeline.Name, phase, moduleClock.Elapsed, module.GetType().Name, Environment.CpuUsage.TotalTime - cpu,
                GC.GetTotalMemory(forceFullCollection: false), GC.GetTotalAllocatedBytes() - allocated, Paused: GC.GetTotalPauseDuration() - paused));
            if (module is IReportsSteps inner)
            {
                foreach (var step in inner.StepTimes) timings.Enqueue(new PhaseTiming(pipeline.Name, phase, step.Time, step.Module, Allocated: step.Allocated ?? 0, InPass: true, Depth: step.Depth));
            }
        }
        timings.Enqueue(new PhaseTiming(pipeline.Name, phase, clock.Elapsed));
        return documents;
    }

    private List<List<Pipeline>> DependencyLevels()
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var missing in pipelines.SelectMany(p => p.DependsOn.Where(d => !byName.ContainsKey(d)).Select(d => (p.Name, d))))
        {
            throw new InvalidOperationException($"pipeline '{missing.Name}' depends on unknown '{missing.d}'");
        }
        var done = new HashSet<string>(StringComparer.Ordinal);
        var levels = new List<List<Pipeline>>();
        while (done.Count < pipelines.Count)
        {
            var ready = pipelines.Where(p => !done.Contains(p.Name) && p.DependsOn.All(done.Contains)).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("pipelines depend on each other in a cycle");
            levels.Add(ready);
            done.UnionWith(ready.Select(p => p.Name));
        }
        return levels;
    }

    private static BuildResult Result(IReadOnlyDictionary<string, IReadOnlyList<Document>> documents, BuildContext context, IEnumerable<PhaseTiming> timings) =>
        new(
            documents.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            context.Diagnostics.ToSortedList(),
            timings.OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Phase).ToList());
}
