namespace StaticSite.Engine.IO;

/// <summary>What following a symbolic link found: a real path, nothing, a loop, or a folder it may not look into.</summary>
public sealed record RealPathResult(RealPathOutcome Outcome, string? Path = null, string? Reason = null)
{
    public static RealPathResult Found(string path) => new(RealPathOutcome.Found, path);

    public static RealPathResult Missing { get; } = new(RealPathOutcome.Missing);

    public static RealPathResult Loop { get; } = new(RealPathOutcome.Loop);

    public static RealPathResult Denied(string reason) => new(RealPathOutcome.Denied, Reason: reason);
}
