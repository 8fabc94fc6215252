namespace StaticSite.Preview.Tests;

/// <summary>A throwaway copy of the repository's input/, theme/ and netlify.toml that a test may edit freely.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "staticsite-preview-" + Guid.NewGuid().ToString("N")[..8]);
        var repository = RepositoryRoot();
        Copy(Path.Combine(repository, "input"), Path.Combine(Root, "input"));
        Copy(Path.Combine(repository, "theme"), Path.Combine(Root, "theme"));
        File.Copy(Path.Combine(repository, "netlify.toml"), Path.Combine(Root, "netlify.toml"));
    }

    public string Root { get; }

    public PreviewOptions Options => new(Path.Combine(Root, "input"), Path.Combine(Root, "theme"), Root, Path.Combine(Root, "netlify.toml"), Port: 0);

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    /// <summary>
    /// Saves as most editors do: the whole text into a scratch file beside it, then renamed over it, so the preview
    /// never reads a file half written (on a busy machine it could wake between the truncation and the write).
    /// </summary>
    public void Write(string path, string text)
    {
        var target = Path.Combine(Root, path);
        var scratch = target + "~";
        File.WriteAllText(scratch, text);
        File.Move(scratch, target, overwrite: true);
    }

    public void Replace(string path, string old, string replacement)
    {
        var text = Read(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        Write(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned up by the OS anyway.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("no StaticSite.sln above the test assembly");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
