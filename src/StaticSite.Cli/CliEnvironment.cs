namespace StaticSite.Cli;

/// <summary>
/// What the command line reads of its surroundings besides its arguments: environment variables (GITHUB_ACTIONS,
/// Netlify's CONTEXT and DEPLOY_PRIME_URL, STATICSITE_BASE_URL) and whether standard error is a terminal. One
/// place, so a test can run the CLI as CI or Netlify would without changing the test process's own environment.
/// </summary>
public static class CliEnvironment
{
    public static Func<string, string?> Variable { get; set; } = Environment.GetEnvironmentVariable;

    public static Func<bool> ErrorIsTerminal { get; set; } = () => !Console.IsErrorRedirected;

    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    public static string? Get(string name) => Variable(name) is { Length: > 0 } value ? value : null;
}
