using System.Diagnostics;
using Spectre.Console;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Cli.Commands;

/// <summary>
/// A spinner on standard error with the elapsed time and the pipeline phase that started last, shown only when
/// standard error is a terminal and only once the build has taken half a second: a short build prints nothing
/// extra, and logs, pipes and CI never see it. Standard output is left alone, so what a build prints there is the
/// same with or without a terminal.
/// </summary>
public sealed class BuildProgress(IAnsiConsole? console, TimeSpan delay)
{
    /// <summary>How long a build runs before the display appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(0.5);

    private volatile string current = "reading";

    /// <summary>The CLI's: on standard error when it is a terminal, unless <c>--quiet</c>; otherwise a display that shows nothing.</summary>
    public static BuildProgress ForConsole(bool quiet) =>
        new(!quiet && CliEnvironment.ErrorIsTerminal() ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : null, Delay);

    /// <summary>Called by the build as each pipeline's phase starts (from any thread).</summary>
    public void PhaseStarted(string pipeline, Phase phase) => current = $"{pipeline} {phase}";

    public T Run<T>(Func<T> build)
    {
        if (console is null) return build();
        var clock = Stopwatch.StartNew();
        var task = Task.Run(build);
        // WhenAny never throws, so a failed build's own exception reaches the caller unwrapped, below.
        Task.WhenAny(task, Task.Delay(delay)).GetAwaiter().GetResult();
        if (!task.IsCompleted)
        {
            console.Status().Start(Text(clock), context =>
            {
                while (!task.IsCompleted)
                {
                    context.Status(Text(clock));
                    Task.WhenAny(task, Task.Delay(100)).GetAwaiter().GetResult();
                }
            });
        }
        return task.GetAwaiter().GetResult();
    }

    private string Text(Stopwatch clock) => Markup.Escape($"Building… {clock.Elapsed.TotalSeconds:F1} s: {current}");
}
