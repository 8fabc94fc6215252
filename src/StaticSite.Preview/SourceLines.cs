namespace StaticSite.Preview;

/// <summary>Reads the line a diagnostic points at, for the overlay; only files under the repository root.</summary>
public static class SourceLines
{
    public static string? Read(string root, string relativePath, int line)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (line < 1 || !full.StartsWith(inside, StringComparison.Ordinal) || !File.Exists(full)) return null;
        try
        {
            return File.ReadLines(full).Skip(line - 1).FirstOrDefault()?.TrimEnd('\r');
        }
        catch (IOException)
        {
            return null; // being saved right now; the next rebuild shows it
        }
    }
}
