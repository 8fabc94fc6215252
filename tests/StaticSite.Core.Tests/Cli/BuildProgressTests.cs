using Spectre.Console;
using StaticSite.Cli.Commands;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Core.Tests.Cli;

/// <summary>The progress display: shown on a terminal for a build that outlasts its delay, naming the phase running; nothing otherwise.</summary>
public sealed class BuildProgressTests
{
    [Fact]
    public void ALongBuild_OnATerminal_ShowsTheElapsedTimeAndThePhaseRunning()
    {
        var (console, written) = Terminal();
        var progress = new BuildProgress(console, TimeSpan.FromMilliseconds(50));

        var result = progress.Run(() =>
        {
            progress.PhaseStarted("Episodes", Phase.Process);
            Thread.Sleep(600);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Matches(@"Building… \d+\.\d s: Episodes Process", written.ToString());
    }

    [Fact]
    public void AShortBuild_ShowsNothing()
    {
        var (console, written) = Terminal();

        Assert.Equal(1, new BuildProgress(console, TimeSpan.FromSeconds(5)).Run(() => 1));
        Assert.Empty(written.ToString());
    }

    [Fact]
    public void WithoutATerminal_TheBuildRunsOnTheCallersThread_AndNothingIsShown()
    {
        var caller = Environment.CurrentManagedThreadId;

        Assert.Equal(caller, new BuildProgress(null, TimeSpan.Zero).Run(() => Environment.CurrentManagedThreadId));
    }

    [Fact]
    public void ABuildsException_ReachesTheCaller_Unwrapped()
    {
        var (console, _) = Terminal();

        Assert.Throws<IOException>(() => new BuildProgress(console, TimeSpan.FromMilliseconds(10)).Run<int>(() =>
        {
            Thread.Sleep(100);
            throw new IOException("disk");
        }));
    }

    private static (IAnsiConsole Console, StringWriter Written) Terminal()
    {
        var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(written),
        });
        return (console, written);
    }
}
