using StaticSite.Cli;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// The CLI run inside the test process, its console captured, and its environment only what the test gives (not the
/// test process's: a run under GitHub Actions, GITHUB_ACTIONS=true, would otherwise change the format of every
/// diagnostic). Console output is process-wide: use it only from <see cref="ConsoleCollection"/>.
/// </summary>
public static class InProcessCli
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    public static (int Code, string Stdout, string Stderr) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (oldVariable, oldTerminal) = (CliEnvironment.Variable, CliEnvironment.ErrorIsTerminal);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        CliEnvironment.Variable = name => environment.GetValueOrDefault(name);
        CliEnvironment.ErrorIsTerminal = () => false;
        try
        {
            var code = StaticSiteApp.Run(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            (CliEnvironment.Variable, CliEnvironment.ErrorIsTerminal) = (oldVariable, oldTerminal);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
