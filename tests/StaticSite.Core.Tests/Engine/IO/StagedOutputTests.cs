using System.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Engine.IO;

public sealed class StagedOutputTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Output => Path.Combine(temp.Path, "output");

    private WorkFolder Work => WorkFolder.Of(Output);

    public void Dispose() => temp.Dispose();

    private StagedOutput Begin(Action? waiting = null, CancellationToken? cancellation = null, bool detach = false) =>
        StagedOutput.Begin("output", Output, waiting, detach, cancellation ?? TestContext.Current.CancellationToken);

    [Fact]
    public void ACommittedBuild_ReplacesTheOutput_KeepsTheOldOne_AndTheNextBuildDeletesIt()
    {
        using (var first = Begin())
        {
            File.WriteAllText(Path.Combine(first.Staging, "index.html"), "first");
            first.Commit(TestContext.Current.CancellationToken);
        }
        string trash;
        using (var second = Begin())
        {
            File.WriteAllText(Path.Combine(second.Staging, "index.html"), "second");
            second.Commit(TestContext.Current.CancellationToken);
            trash = Directory.GetDirectories(Work.Path, "trash-*").Single();
        }

        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.True(OutputMarker.IsIn(Output));
        Assert.Equal("first", File.ReadAllText(Path.Combine(trash, "index.html"))); // recoverable until the next build
        using (var third = Begin()) third.Commit(TestContext.Current.CancellationToken);
        Assert.False(Directory.Exists(trash));
        Assert.Single(Directory.GetDirectories(Work.Path)); // only the third build's own trash
    }

    [Fact]
    public void ABuildThatIsNotCommitted_DeletesItsStaging_AndLeavesTheOutput()
    {
        using (var first = Begin())
        {
            File.WriteAllText(Path.Combine(first.Staging, "index.html"), "first");
            first.Commit(TestContext.Current.CancellationToken);
        }
        string staging;
        using (var failed = Begin())
        {
            staging = failed.Staging;
            File.WriteAllText(Path.Combine(staging, "index.html"), "half");
        }

        Assert.False(Directory.Exists(staging));
        Assert.Equal("first", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void LeftoversOfAKilledBuild_AreDeletedByTheNext_AndNothingElseInTheWorkFolder()
    {
        Work.Create();
        var killed = Directory.CreateDirectory(Path.Combine(Work.Path, "staging-999999-0badf00d")).FullName;
        File.WriteAllText(Path.Combine(killed, "half.html"), "half");
        var stranger = Directory.CreateDirectory(Path.Combine(Work.Path, "notes")).FullName;

        using (var next = Begin()) next.Commit(TestContext.Current.CancellationToken);

        Assert.False(Directory.Exists(killed));
        Assert.True(Directory.Exists(stranger));
    }

    [Fact]
    public void ASecondBuild_WaitsForTheFirst_SaysSoOnce_AndCanBeCancelledWhileItWaits()
    {
        using var first = Begin();
        var told = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(600));

        Assert.ThrowsAny<OperationCanceledException>(() => Begin(() => told++, stop.Token));

        Assert.Equal(1, told);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ASecondBuild_GoesOn_OnceTheFirstReleasesTheLock()
    {
        var first = Begin();
        var waiting = new ManualResetEventSlim();
        var second = Task.Run(() =>
        {
            using var staged = Begin(waiting.Set);
            staged.Commit(TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.False(second.IsCompleted);

        first.Commit(TestContext.Current.CancellationToken);
        first.Dispose();

        await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(OutputMarker.IsIn(Output));
    }

    [Fact]
    public void AnUnmarkedFolder_IsRefusedUnderTheLock_AndTheLockIsLetGo()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "mine.txt"), "mine");

        Assert.Throws<FolderRefusedException>(() => Begin());

        File.Delete(Path.Combine(Output, "mine.txt"));
        using var next = Begin(() => Assert.Fail("the refused build kept the lock"));
        Assert.Equal([next.Staging], Directory.GetDirectories(Work.Path, "staging-*"));
    }

    [Fact]
    public void Detached_TheOldOutputAndAFailedBuildsStaging_AreHandedToARemovalThatOutlivesTheBuild()
    {
        if (!DetachedRemoval.IsAvailable) Assert.Skip("no /bin/sh here: the CLI deletes beside the next build instead (the tests above)");
        using (var first = Begin(detach: true))
        {
            File.WriteAllText(Path.Combine(first.Staging, "index.html"), "first");
            first.Commit(TestContext.Current.CancellationToken);
        }
        IReadOnlyList<DiskStep> steps;
        using (var second = Begin(detach: true))
        {
            File.WriteAllText(Path.Combine(second.Staging, "index.html"), "second");
            second.Commit(TestContext.Current.CancellationToken);
            steps = second.Steps;
        }
        string failedStaging;
        using (var failed = Begin(detach: true)) failedStaging = failed.Staging;

        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Matches(@"^1 folder \(the previous output, and what earlier builds left\) handed to rm -rf \(process \d+\)", steps.Single(s => s.Name == "clean-up").Detail);
        Assert.False(Directory.Exists(failedStaging)); // out of the way at once
        Eventually.True(() => Directory.GetDirectories(Work.Path).Length == 0, "the old output and the failed staging deleted");
        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Detached_AKilledBuildsStaging_IsRenamedToTrashUnderTheLock_AndDeletedWhenTheBuildEnds()
    {
        if (!DetachedRemoval.IsAvailable) Assert.Skip("no /bin/sh here");
        Work.Create();
        var killed = Directory.CreateDirectory(Path.Combine(Work.Path, "staging-999999-0badf00d")).FullName;
        File.WriteAllText(Path.Combine(killed, "half.html"), "half");

        using (var next = Begin(detach: true))
        {
            Assert.False(Directory.Exists(killed));
            Assert.Single(Directory.GetDirectories(Work.Path, "trash-*")); // not deleted while this build works
            next.Commit(TestContext.Current.CancellationToken);
        }

        Eventually.True(() => Directory.GetDirectories(Work.Path).Length == 0, "the killed build's staging deleted");
    }
}
