using StaticSite.Core.Pipelines;
using Xunit;

namespace StaticSite.Core.Tests;

public sealed class SmallInputsTests
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
}
