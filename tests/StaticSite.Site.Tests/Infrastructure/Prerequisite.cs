namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>
/// A tool a check needs (Chromium, Java, the validator). Run by hand without it, the check is skipped with the
/// command that installs it; in CI a missing tool fails the check, so CI can never pass by skipping.
/// </summary>
public static class Prerequisite
{
    public static bool IsCi
    {
        get
        {
            var ci = Environment.GetEnvironmentVariable("CI");
            return !string.IsNullOrWhiteSpace(ci) && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);
        }
    }

    public static void Missing(string what, string installCommand)
    {
        var message = $"{what} is missing. Install it with: {installCommand}";
        if (IsCi)
        {
            Assert.Fail($"{message} (CI is set, so this check may not be skipped)");
        }

        Assert.Skip(message);
    }

    /// <summary>The first executable called <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
