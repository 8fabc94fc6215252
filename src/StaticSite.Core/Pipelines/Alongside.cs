using System.Diagnostics;
using StaticSite.Core.Documents;

namespace StaticSite.Core.Pipelines;

/// <summary>
/// Runs <paramref name="inTurn"/> one after another on a pool thread while <paramref name="alongside"/> runs on
/// this one, for modules that only add files made from the pages (the open data beside the sitemap, feed and share
/// cards). Each of those used one core while the other waited: 0.7 s of a 7.6 s build at 10,000 episodes.
/// The result is what running them one after another gives: the input (as <paramref name="inTurn"/> left it), the
/// files they added, then the files <paramref name="alongside"/> added; <paramref name="alongside"/> is given the
/// input as it was, so it must not read what the others add.
/// </summary>
/// <remarks>
/// Only one extra thread: a module may be parallel inside (the share cards are), and a task for every module could
/// take every pool thread and leave it waiting until the pool grew.
/// </remarks>
public sealed class Alongside(IModule alongside, params IModule[] inTurn) : IModule, IReportsSteps
{
    public IReadOnlyList<StepTime> StepTimes { get; private set; } = [];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var times = new TimeSpan[inTurn.Length + 1];
        IReadOnlyList<Document> Timed(IModule module, int slot, IReadOnlyList<Document> input)
        {
            var clock = Stopwatch.StartNew();
            var output = module.Execute(input, context);
            times[slot] = clock.Elapsed;
            return output;
        }

        var chain = Task.Run(() =>
        {
            var result = documents;
            for (var i = 0; i < inTurn.Length; i++) result = Timed(inTurn[i], i, result);
            return result;
        });
        var beside = Timed(alongside, inTurn.Length, documents);
        var first = chain.GetAwaiter().GetResult();
        StepTimes = [.. inTurn.Append(alongside).Select((m, i) => new StepTime(m.GetType().Name, times[i]))];

        if (beside.Count < documents.Count || documents.Where((d, i) => !ReferenceEquals(d, beside[i])).Any())
        {
            throw new InvalidOperationException($"{alongside.GetType().Name} changed the documents it was given; only modules that add documents can run alongside others");
        }
        return [.. first, .. beside.Skip(documents.Count)];
    }
}
