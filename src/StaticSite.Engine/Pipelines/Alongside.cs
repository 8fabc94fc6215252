using System.Diagnostics;
using StaticSite.Engine.Documents;

namespace StaticSite.Engine.Pipelines;

/// <summary>
/// Runs <paramref name="inTurn"/> one after another on this thread while <paramref name="alongside"/>, also one after
/// another, run on a thread of their own: for modules that only add files made from the list of pages (the open
/// data, sitemap, feed and share cards), beside the pass that renders the pages; run after it, they would keep one
/// core busy while the others waited. The result is what running them one
/// after another gives: the input (as <paramref name="inTurn"/> left it), the files they added, then the files
/// <paramref name="alongside"/> added; <paramref name="alongside"/> is given the input as it was, so its modules
/// must not change it or read what the others add.
/// </summary>
/// <remarks>
/// A dedicated thread, not one from the pool: both sides may be parallel inside (the page pass and the share cards
/// are), and with the pool's two threads already taken by one side, the other's parallel loop would wait until the
/// pool grew (about a second, which stalled small builds before).
/// </remarks>
public sealed class Alongside(IReadOnlyList<IModule> alongside, params IModule[] inTurn) : IModule, IReportsSteps
{
    public IReadOnlyList<StepTime> StepTimes { get; private set; } = [];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var times = new TimeSpan[inTurn.Length + alongside.Count];
        IReadOnlyList<Document> Chain(IReadOnlyList<IModule> modules, int firstSlot, IReadOnlyList<Document> input, bool onlyAdds)
        {
            for (var i = 0; i < modules.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                var output = modules[i].Execute(input, context);
                times[firstSlot + i] = clock.Elapsed;
                if (onlyAdds && (output.Count < documents.Count || documents.Where((d, n) => !ReferenceEquals(d, output[n])).Any()))
                {
                    throw new InvalidOperationException($"{modules[i].GetType().Name} changed the documents it was given; only modules that add documents can run alongside others");
                }
                input = output;
            }
            return input;
        }

        var beside = Task.Factory.StartNew(() => Chain(alongside, inTurn.Length, documents, onlyAdds: true),
            context.Cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        IReadOnlyList<Document> first;
        try
        {
            first = Chain(inTurn, 0, documents, onlyAdds: false);
        }
        finally
        {
            // Never returns, not even with an exception, while the other thread may still write: a failed build
            // deletes its staging folder next.
            ((IAsyncResult)beside).AsyncWaitHandle.WaitOne();
        }
        var added = beside.GetAwaiter().GetResult();
        StepTimes = [.. inTurn.Concat(alongside).SelectMany((m, i) => StepsOf(m, times[i]))];
        return [.. first, .. added.Skip(documents.Count)];
    }

    // A module's own time, then the times of the modules it ran, one level deeper.
    private static IEnumerable<StepTime> StepsOf(IModule module, TimeSpan time) =>
        [new StepTime(module.GetType().Name, time), .. (module as IReportsSteps)?.StepTimes.Select(s => s with { Depth = s.Depth + 1 }) ?? []];
}
