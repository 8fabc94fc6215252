namespace StaticSite.Core.IO;

/// <summary>Puts a finished build in place of the old output with two renames, so readers never see half a site.</summary>
public static class OutputSwap
{
    public static void Replace(string output, string staging)
    {
        var old = output.TrimEnd(Path.DirectorySeparatorChar) + ".old";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(output)) Directory.Move(output, old);
        Directory.Move(staging, output);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
