using Spectre.Console;

namespace StaticSite.Cli.Commands;

/// <summary>
/// Shows a spinner with the elapsed time while a build runs, but only on a terminal and only once the
/// build has taken a second: a short build prints nothing extra, and logs and pipes never see it.
/// </summary>
public static class BuildProgress
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    public static T Run<T>(Func<T> build)
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected) return build();
        var task = Task.Run(build);
        // WhenAny never throws, so a failed build's own exception reaches the caller unwrapped, below.
        Task.WhenAny(task, Task.Delay(Delay)).GetAwaiter().GetResult();
        if (!task.IsCompleted)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            AnsiConsole.Status().Start("Building…", context =>
            {
                while (!task.IsCompleted)
                {
                    context.Status($"Building… {(clock.Elapsed + Delay).TotalSeconds:F0} s");
                    Task.WhenAny(task, Task.Delay(200)).GetAwaiter().GetResult();
                }
            });
        }
        return task.GetAwaiter().GetResult();
    }
}
