namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A fresh folder under the system temp folder, deleted when the test ends, with the hidden work folder a build
/// makes beside its output (<see cref="StaticSite.Engine.IO.WorkFolder"/>) when the folder was used as one.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "staticsite-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        Delete(Path);
        Delete(StaticSite.Engine.IO.WorkFolder.Of(Path).Path);
    }

    // A build's background rm may still be deleting in the work folder: whoever comes second finds less to delete.
    private static void Delete(string folder)
    {
        for (var attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }
}
