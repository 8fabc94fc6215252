using System.Text.RegularExpressions;

namespace StaticSite.Preview;

/// <summary>
/// The files editors and tools write beside the one being saved and then rename or delete: never content, so a save
/// is reported by the file saved, not by the helper that came and went. The build skips them too (dot files) or
/// never reads them (no .yml or .md extension).
/// </summary>
public static partial class ScratchFiles
{
    /// <summary>Whether a file of this name is an editor's or tool's scratch file.</summary>
    public static bool Are(string fileName) =>
        fileName.StartsWith('.')                    // vim's .x.swp, Emacs's .#x lock, gedit's .goutputstream-…, dot files
        || fileName.EndsWith('~')                   // backups: x.yml~
        || fileName == "4913"                       // vim's probe that the folder is writable
        || (fileName.StartsWith('#') && fileName.EndsWith('#')) // Emacs's auto-save
        || SedTemporary().IsMatch(fileName)         // sed -i writes sedXXXXXX, then renames it over the file
        || fileName.EndsWith(".swp", StringComparison.Ordinal) || fileName.EndsWith(".swx", StringComparison.Ordinal)
        || fileName.EndsWith(".tmp", StringComparison.Ordinal) || fileName.EndsWith(".bak", StringComparison.Ordinal)
        || fileName.EndsWith("___jb_tmp___", StringComparison.Ordinal) || fileName.EndsWith("___jb_old___", StringComparison.Ordinal); // JetBrains' safe write

    [GeneratedRegex("^sed[A-Za-z0-9]{6}$")]
    private static partial Regex SedTemporary();
}
