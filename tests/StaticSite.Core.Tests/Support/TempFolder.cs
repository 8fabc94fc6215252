namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A fresh folder under the system temp folder, deleted when the test ends, with the hidden work folder a build
/// makes beside its output (<see cref="StaticSite.Core.IO.WorkFolder"/>) when the folder was used as one.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "staticsite-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        var work = StaticSite.Core.IO.WorkFolder.Of(Path).Path;
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
    }
}
