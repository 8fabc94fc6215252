using StaticSite.Cli;

namespace StaticSite.Core.Tests.Support;

/// <summary>The CLI run inside the test process, its console captured. Console output is process-wide: use it only from <see cref="ConsoleCollection"/>.</summary>
public static class InProcessCli
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = StaticSiteApp.Run(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
