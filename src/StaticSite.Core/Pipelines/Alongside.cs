using System.Diagnostics;
using StaticSite.Core.Documents;

namespace StaticSite.Core.Pipelines;

/// <summary>
/// Runs <paramref name="inTurn"/> one after another on a pool thread while <paramref name="alongside"/>, also one
/// after another, run on this one: for modules that only add files made from the pages (the open data, sitemap and
/// feed beside the share cards). Each of those used one core while the other waited: 0.7 s of a 7.6 s build at
/// 10,000 episodes. The result is what running them one after another gives: the input (as <paramref name="inTurn"/>
/// left it), the files they added, then the files <paramref name="alongside"/> added; <paramref name="alongside"/>
/// is given the input as it was, so its modules must not change it or read what the others add.
/// </summary>
/// <remarks>
/// Only one extra thread: a module may be parallel inside (the share cards are), and a task for every module could
/// take every pool thread and leave it waiting until the pool grew.
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

        var chain = Task.Run(() => Chain(inTurn, 0, documents, onlyAdds: false));
        var beside = Chain(alongside, inTurn.Length, documents, onlyAdds: true);
        var first = chain.GetAwaiter().GetResult();
        StepTimes = [.. inTurn.Concat(alongside).Select((m, i) => new StepTime(m.GetType().Name, times[i]))];
        return [.. first, .. beside.Skip(documents.Count)];
    }
}
