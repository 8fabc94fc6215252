using System.Text;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A txtar-style golden case: a comment, then blocks headed <c>-- path --</c>. Blocks under <c>input/</c> or
/// <c>theme/</c> are files laid over the test site; <c>-- remove --</c> lists files to delete; <c>-- diagnostics --</c>
/// is the exact expected report; <c>-- expected/DEST --</c> is the exact expected text of an output file.
/// </summary>
public sealed record GoldenCase(string Name, string Comment, IReadOnlyList<(string Name, string Body)> Blocks)
{
    public static string Folder => Repository.PathOf("tests/StaticSite.Core.Tests/Golden");

    public static GoldenCase Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\n");
        var lines = text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');
        var comment = new StringBuilder();
        var blocks = new List<(string, string)>();
        string? current = null;
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) blocks.Add((current, body.ToString()));
                current = line[3..^3];
                body.Clear();
            }
            else if (current is null) comment.Append(line).Append('\n');
            else body.Append(line).Append('\n');
        }
        if (current is not null) blocks.Add((current, body.ToString()));
        return new GoldenCase(name, comment.ToString(), blocks);
    }

    public string? Block(string name) => Blocks.FirstOrDefault(b => b.Name == name).Body;

    public TestSite Site()
    {
        var site = new TestSite();
        foreach (var (name, body) in Blocks)
        {
            if (name.StartsWith("input/", StringComparison.Ordinal) || name.StartsWith("theme/", StringComparison.Ordinal)) site.With(name, body);
            if (name == "remove") foreach (var path in body.Split('\n', StringSplitOptions.RemoveEmptyEntries)) site.Without(path.Trim());
        }
        return site;
    }

    /// <summary>With UPDATE_GOLDEN=1, writes what the build gave back into the case, for review in the diff.</summary>
    public void Update(string blockName, string actual)
    {
        var text = new StringBuilder(Comment);
        var replaced = false;
        foreach (var (name, body) in Blocks)
        {
            text.Append("-- ").Append(name).Append(" --\n").Append(name == blockName ? actual : body);
            replaced |= name == blockName;
        }
        if (!replaced) text.Append("-- ").Append(blockName).Append(" --\n").Append(actual);
        File.WriteAllText(Path.Combine(Folder, Name), text.ToString());
    }

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
