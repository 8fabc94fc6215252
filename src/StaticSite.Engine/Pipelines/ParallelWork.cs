namespace StaticSite.Engine.Pipelines;

/// <summary>
/// Work spread over the cores only when there is enough of it: below <see cref="Threshold"/> items, starting and
/// joining the workers costs more than the work (the preview's rebuilds, where most files come from the parse cache).
/// </summary>
internal static class ParallelWork
{
    public const int Threshold = 64;

    /// <summary>
    /// Every item's result, in the items' order; made in parallel when there are many, on the calling thread when few.
    /// </summary>
    /// <remarks>
    /// Each result goes straight into its place in one array, so no worker waits for another to hand its results
    /// on in order (PLINQ's <c>AsOrdered()</c> merges through a bounded buffer, which stalls the second half's worker).
    /// </remarks>
    public static IReadOnlyList<TResult> SelectInOrder<T, TResult>(this IReadOnlyList<T> items, Func<T, TResult> select)
    {
        var results = new TResult[items.Count];
        Enumerable.Range(0, items.Count).ToList().ForEachItem(i => results[i] = select(items[i]));
        return results;
    }

    /// <summary>
    /// Runs <paramref name="action"/> on every item, in parallel when there are many. Items are handed out a few
    /// at a time as workers free up, not in one fixed half each: pages differ a lot in size (the full timeline
    /// against an episode), and one worker left with the slow half keeps the other idle.
    /// </summary>
    /// <param name="threshold">fewer items than this run on the calling thread; lower it for items that each take long.</param>
    public static void ForEachItem<T>(this IReadOnlyList<T> items, Action<T> action, int threshold = Threshold)
    {
        if (items.Count < threshold)
        {
            foreach (var item in items) action(item);
            return;
        }
        // One item at a time: a load-balancing partitioner hands out chunks that grow to 64 items, and the last
        // chunk keeps one core busy while the other has nothing left.
        System.Collections.Concurrent.Partitioner.Create(items, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering).AsParallel().ForAll(action);
    }
}
