using System.Diagnostics;
using System.Text.Json;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar, pinned in tests/package.json) over every HTML page of a folder and over its
/// CSS files, one JVM per kind, the two run side by side.
/// </summary>
public static class NuHtmlChecker
{
    public static async Task<IReadOnlyList<NuMessage>> CheckFolderAsync(string java, string vnuJar, string folder, CancellationToken cancellationToken)
    {
        var html = RunAsync(java, vnuJar, ["--skip-non-html", folder], folder, cancellationToken);
        var cssFiles = Directory.EnumerateFiles(folder, "*.css", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var css = cssFiles.Count == 0 ? Task.FromResult<IReadOnlyList<NuMessage>>([]) : RunAsync(java, vnuJar, ["--css", .. cssFiles], folder, cancellationToken);
        return [.. await html, .. await css];
    }

    private static async Task<IReadOnlyList<NuMessage>> RunAsync(string java, string vnuJar, IEnumerable<string> arguments, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", vnuJar, "--format", "json" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{java} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        // vnu writes its JSON report to stderr and exits 1 when it found errors; anything else means it failed to run.
        var report = await stderr;
        if (process.ExitCode is not (0 or 1) || !report.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar exited with {process.ExitCode}:\n{report}\n{await stdout}");
        }

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new NuMessage(
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var subType) ? subType.GetString() : null,
            RelativeFile(m.TryGetProperty("url", out var url) ? url.GetString() : null, folder),
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
            m.GetProperty("message").GetString()!)).ToList();
    }

    // vnu names files as "file:/abs/path" (one slash), which System.Uri does not read as a file URI.
    private static string RelativeFile(string? url, string folder) =>
        url is not null && url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(folder, Uri.UnescapeDataString(url["file:".Length..])).Replace('\\', '/')
            : url ?? "?";
}
