using System.Diagnostics;
using StaticSite.Benchmarks.Generation;
using StaticSite.Cli;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

/// <summary>
/// A build stopped in the middle: by SIGINT (Ctrl-C) or SIGTERM it deletes its staging folder and exits with 130 or
/// 143, the previous output byte for byte as it was; killed outright, it leaves its staging folder, which the next
/// build deletes. A generated site of some hundreds of pages gives the page pass long enough to be stopped in.
/// </summary>
public sealed class StopSignalTests : IClassFixture<StopSignalTests.LargeSite>
{
    private readonly LargeSite site;

    public StopSignalTests(LargeSite site) => this.site = site;

    /// <summary>The generated site, made once for the class, and the real theme.</summary>
    public sealed class LargeSite : IDisposable
    {
        private readonly TempFolder folder = new();

        public LargeSite() => new SiteGenerator(episodes: 600, seed: 20240601).WriteTo(Input);

        public string Input => Path.Combine(folder.Path, "input");

        public void Dispose() => folder.Dispose();
    }

    [Theory]
    [InlineData("INT", ExitCodes.Cancelled)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public void ASignalMidBuild_DeletesTheStaging_ExitsWithItsCode_AndLeavesTheOldOutput(string signal, int expected)
    {
        using var temp = new TempFolder();
        var output = OldOutput(temp.Path);
        var before = ScratchRepository.Fingerprint(output);

        using var build = StartAndWaitForPages(temp.Path);
        build.Signal(signal);
        var (code, stdout, stderr) = build.Finish(TimeSpan.FromSeconds(60));

        Assert.True(code == expected, $"exit {code}\n{stdout}\n{stderr}");
        Assert.DoesNotContain("internal error", stderr);
        Assert.DoesNotContain("pages written", stdout);
        Assert.Equal(before, ScratchRepository.Fingerprint(output));
        var work = WorkFolder.Of(output).Path;
        Assert.Empty(Directory.GetDirectories(work, "staging-*"));
        // Renamed out of the way at once, and deleted by the rm the build started as it stopped.
        Eventually.True(() => Directory.GetDirectories(work).Length == 0, "the stopped build's files deleted");
    }

    [Fact]
    public void ABuildKilledOutright_LeavesItsStaging_WhichTheNextBuildDeletes()
    {
        using var temp = new TempFolder();
        var output = OldOutput(temp.Path);
        var work = WorkFolder.Of(output).Path;

        using (var build = StartAndWaitForPages(temp.Path))
        {
            build.Signal("KILL");
            Assert.Equal(128 + 9, build.Finish(TimeSpan.FromSeconds(20)).Code);
        }
        var left = Directory.GetDirectories(work, "staging-*");
        Assert.Single(left);

        // The real site, small, into the same output: it deletes the leftover beside its own work.
        var (code, _, stderr) = CliProcess.Run(temp.Path, "build", "--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"),
            "--output", output, "--cache", Path.Combine(temp.Path, "cache"));

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.False(Directory.Exists(left[0]));
        Assert.Empty(Directory.GetDirectories(work, "staging-*"));
        Assert.True(File.Exists(Path.Combine(output, "agencies", "gchq", "index.html")));
    }

    [Theory]
    [InlineData("INT", ExitCodes.Cancelled)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public void ASignal_StopsThePreview_EvenWhenStartedWithInterruptIgnored_AndExitsWithItsCode(string signal, int expected)
    {
        using var temp = new TempFolder();
        // As a shell without job control starts `staticsite preview &`: SIGINT ignored from the start.
        using var preview = CliProcess.Start(Repository.Root,
            ["preview", "--port", "0", "--cache", Path.Combine(temp.Path, "cache")], prefix: ["bash", "-c", "trap '' INT; exec \"$0\" \"$@\""]);
        Assert.True(preview.WaitForOutput("Serving http://", TimeSpan.FromSeconds(60)), preview.Stdout + preview.Stderr);

        var port = PortOf(preview.Stdout);
        preview.Signal(signal);
        var (code, stdout, stderr) = preview.Finish(TimeSpan.FromSeconds(20));

        Assert.True(code == expected, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains("Preview stopped.", stdout);
        Assert.DoesNotContain("internal error", stderr);
        // The server is gone with the process: nothing listens on its port any more.
        using var client = new System.Net.Sockets.TcpClient();
        Assert.ThrowsAny<System.Net.Sockets.SocketException>(() => client.Connect("127.0.0.1", port));
    }

    private static int PortOf(string stdout) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(stdout, @"Serving http://[^:]+:(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    // A small output a build made, standing for the one the stopped build would have replaced.
    private static string OldOutput(string folder)
    {
        var output = Directory.CreateDirectory(Path.Combine(folder, "output")).FullName;
        OutputMarker.WriteInto(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "<!doctype html><title>the previous build</title>");
        return output;
    }

    // Started, and left until its staging folder holds episode pages: it is in the page pass.
    private CliProcess StartAndWaitForPages(string folder)
    {
        var build = CliProcess.Start(folder, ["build", "--input", site.Input, "--theme", Repository.PathOf("theme"), "--output", "output", "--no-cache"]);
        var clock = Stopwatch.StartNew();
        var work = WorkFolder.Of(Path.Combine(folder, "output")).Path;
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !build.HasExited)
        {
            var pages = Directory.Exists(work)
                ? Directory.GetDirectories(work, "staging-*").Select(s => Path.Combine(s, "episodes")).Where(Directory.Exists).Sum(e => Directory.GetDirectories(e).Length)
                : 0;
            if (pages >= 10) return build;
            Thread.Sleep(10);
        }
        throw new InvalidOperationException($"the build never reached its page pass: {build.Stdout}{build.Stderr}");
    }
}
