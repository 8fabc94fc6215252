namespace StaticSite.Engine.Pipelines;

/// <summary>
/// PLINQ only for inputs large enough to pay for it. Below <see cref="Threshold"/> items, starting and joining the
/// workers took longer than the work: on the preview's rebuild of the real site, where unchanged files come from
/// the parse cache, the Input and Process phases took about 13 ms in parallel and 7 ms one by one.
/// </summary>
internal static class SmallInputs
{
    public const int Threshold = 64;

    /// <summary>
    /// Every item's result, in the items' order; made in parallel when there are many, on the calling thread when few.
    /// </summary>
    /// <remarks>
    /// Each result goes straight into its place in one array. PLINQ's <c>AsOrdered()</c> split the list into one half
    /// per worker and merged their results in order through a bounded buffer, so the worker on the second half stopped
    /// once its buffer was full until the first half was done: at 100,000 episodes, reading the episodes and making
    /// their pages ran on one core for 15 of their 17 seconds.
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
        // One item at a time: a load-balancing partitioner over a list hands out chunks that grow to 64 items, and
        // the last chunk (50 ms of pages at 1,000 episodes) kept one core busy while the other had nothing left.
        System.Collections.Concurrent.Partitioner.Create(items, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering).AsParallel().ForAll(action);
    }
}
