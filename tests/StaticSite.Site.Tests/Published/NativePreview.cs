using System.Diagnostics;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.Published;

/// <summary>The native executable's <c>preview</c>, running on a copy of the real site (so a test may edit it) until disposed.</summary>
internal sealed class NativePreview : IAsyncDisposable
{
    private readonly Process process;

    private NativePreview(string folder, Process process) => (Folder, this.process) = (folder, process);

    /// <summary>The copy the preview watches: input/, theme/ and netlify.toml.</summary>
    public string Folder { get; }

    public string Url { get; private set; } = "";

    public static async Task<NativePreview> StartAsync(string cli, string name)
    {
        var folder = Directory.CreateTempSubdirectory($"staticsite-{name}-").FullName;
        foreach (var part in new[] { "input", "theme" }) PublishedCliTests.CopyDirectory(Path.Combine(RepositoryPaths.Root, part), Path.Combine(folder, part));
        File.Copy(RepositoryPaths.NetlifyToml, Path.Combine(folder, "netlify.toml"));
        var process = Process.Start(new ProcessStartInfo(cli)
        {
            WorkingDirectory = folder,
            ArgumentList = { "preview", "--port", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var preview = new NativePreview(folder, process);
        try
        {
            preview.Url = await PublishedCliTests.ServingUrlAsync(process.StandardOutput);
            return preview;
        }
        catch
        {
            await preview.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.Dispose();
    }
}
