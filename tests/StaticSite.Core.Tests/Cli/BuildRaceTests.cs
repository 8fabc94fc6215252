using System.Diagnostics;
using StaticSite.Cli;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

/// <summary>
/// Two builds of one output at once: the second waits for the first's lock, and the output is whole at every moment,
/// never a folder half one build's and half the other's, nor missing, while either says "0 errors".
/// </summary>
public sealed class BuildRaceTests
{
    // Bounded by rounds and by time, so the suite stays fast on two cores; each round starts the second build at a
    // new offset into the first (0 to 1.4 s, a whole JIT build). A longer run (STATICSITE_RACE_ROUNDS=200) tries more
    // offsets, and so more moments of the first build (its start, its page pass, its swap) for the second to land on.
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("STATICSITE_RACE_ROUNDS"), out var n) ? n : 5;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(Rounds > 5 ? 3600 : 60);

    [Fact]
    public async Task TwoBuildsOfOneOutput_EndWithAWholeOutput_AndTheOutputIsWholeWhileTheyRun()
    {
        using var repo = new ScratchRepository();
        var output = repo.PathOf("output");
        var first = CliProcess.Run(repo.Root, "build", "--output", "output");
        Assert.True(first.Code == ExitCodes.Ok, first.Stderr);
        var expected = ScratchRepository.Fingerprint(output);
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length;
        var random = new Random(21);
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        var waited = 0;

        using var stop = new CancellationTokenSource();
        var broken = new List<string>();
        // A reader, as a web server serving the folder would be: the output must exist and be whole whenever it looks.
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var count = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length;
                    var index = new FileInfo(Path.Combine(output, "search", "index.json")).Length;
                    if (count != files || index == 0) lock (broken) broken.Add($"{count} of {files} files, search index {index} bytes");
                }
                catch (IOException e)
                {
                    lock (broken) broken.Add(e.Message);
                }
                Thread.Sleep(5);
            }
        }, TestContext.Current.CancellationToken);

        for (; rounds < Rounds && clock.Elapsed < Budget; rounds++)
        {
            using var a = CliProcess.Start(repo.Root, ["build", "--output", "output"]);
            Thread.Sleep(rounds == 0 ? 0 : random.Next(0, 1400)); // the first round starts both at once: one must wait
            using var b = CliProcess.Start(repo.Root, ["build", "--output", "output"]);
            foreach (var build in new[] { a, b })
            {
                var (code, stdout, stderr) = build.Finish(TimeSpan.FromMinutes(2));
                Assert.True(code == ExitCodes.Ok, $"round {rounds}: exit {code}\n{stdout}\n{stderr}");
                Assert.Contains("0 errors", stdout);
                // Whatever the other build is doing, the output this one reports is whole.
                Assert.Equal(expected, ScratchRepository.Fingerprint(output));
                if (stderr.Contains("waiting for another build of 'output' to finish", StringComparison.Ordinal)) waited++;
            }
        }
        stop.Cancel();
        await reader;

        Assert.True(rounds >= 2, $"only {rounds} rounds in {Budget}");
        Assert.Empty(broken);
        Assert.True(waited > 0, "no round had the second build wait for the first");
        // No staging folder left behind, and every old output deleted by the builds' background rm.
        Assert.Empty(Directory.GetDirectories(WorkFolder.Of(output).Path, "staging-*"));
        Eventually.True(() => Directory.GetDirectories(WorkFolder.Of(output).Path).Length == 0, "the old outputs deleted");
    }
}
