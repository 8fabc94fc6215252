using StaticSite.Engine.Pipelines;
using Xunit;

namespace StaticSite.Core.Tests.Engine.Pipelines;

public sealed class ParallelWorkTests
{
    [Fact]
    public void ForEachItem_HandsOutOneItemAtATime_SoAWorkerStuckOnOneHoldsNoOthers()
    {
        Assert.SkipWhen(Environment.ProcessorCount < 2, "needs two workers");
        const int count = 400, stuck = 300;
        var done = new CountdownEvent(count - 1);
        var waitedInVain = false;

        // Item 300 waits until every other item is done. Had its worker taken it in a chunk with its neighbours
        // (as a load-balancing partitioner over a list does late in a run), those would wait with it.
        Enumerable.Range(0, count).ToList().ForEachItem(i =>
        {
            if (i == stuck) waitedInVain = !done.Wait(TimeSpan.FromSeconds(10));
            else done.Signal();
        });

        Assert.False(waitedInVain, "items were held by the worker that was waiting");
    }

    [Fact]
    public void SelectInOrder_GivesEachResultInItsItemsPlace_WhileAWorkerStuckOnOneItemHoldsNoOthers()
    {
        Assert.SkipWhen(Environment.ProcessorCount < 2, "needs two workers");
        const int count = 2_000;
        var done = new CountdownEvent(count - 1);
        var waitedInVain = false;

        // The first item waits until every other one is made. Had one worker been given the first half of the list
        // (PLINQ's AsOrdered did that), the rest of that half would wait behind it.
        var results = Enumerable.Range(0, count).ToList().SelectInOrder(i =>
        {
            if (i == 0) waitedInVain = !done.Wait(TimeSpan.FromSeconds(10));
            else done.Signal();
            return i * 2;
        });

        Assert.False(waitedInVain, "items were held by the worker that was waiting");
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 2), results);
    }
}
