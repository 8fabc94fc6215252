using System.Text;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A txtar-style golden case: a comment, then blocks headed <c>-- path --</c>. Blocks under <c>input/</c> or
/// <c>theme/</c> are files laid over the test site; <c>-- remove --</c> lists files to delete; <c>-- diagnostics --</c>
/// is the exact expected report; <c>-- expected/DEST --</c> is the exact expected text of an output file.
/// </summary>
/// <remarks>
/// <para>
/// A file's bytes other than its UTF-8 text: <c>-- input/x.yml (utf-16le with bom) --</c> saves the block in that
/// encoding (<see cref="Encode"/> lists them); <c>(escaped)</c> turns each <c>\xHH</c> into the byte HH.
/// </para>
/// <para>
/// What only a disk holds, built from a temporary folder (<see cref="DiskSite"/>), one block each, with an empty body:
/// <c>-- symlink PATH -> TARGET --</c> (the target as written: relative to the link, or absolute; the folder
/// <c>../outside/</c> beside the site holds <c>secret.txt</c>), <c>-- fifo PATH --</c>, <c>-- unreadable PATH --</c>
/// (no permissions; as root the build runs as another user), <c>-- large PATH BYTES --</c> (a sparse file),
/// <c>-- badname FOLDER/NAME --</c> (the name's <c>\xHH</c> are bytes, so it need not be UTF-8) and
/// <c>-- vanish PATH --</c> (deleted after the files are listed and before they are read).
/// </para>
/// </remarks>
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
            if (name.StartsWith("input/", StringComparison.Ordinal) || name.StartsWith("theme/", StringComparison.Ordinal))
            {
                var open = name.IndexOf(" (", StringComparison.Ordinal);
                if (open < 0) site.With(name, body);
                else site.WithBytes(name[..open], Encode(body, name[(open + 2)..^1]));
            }
            if (name == "remove") foreach (var path in body.Split('\n', StringSplitOptions.RemoveEmptyEntries)) site.Without(path.Trim());
        }
        return site;
    }

    /// <summary>The blocks that only a disk can hold: (kind, rest of the header).</summary>
    public IReadOnlyList<(string Kind, string Argument)> DiskBlocks =>
        Blocks.Select(b => b.Name.Split(' ', 2))
            .Where(p => p.Length == 2 && p[0] is "symlink" or "fifo" or "unreadable" or "large" or "badname" or "vanish")
            .Select(p => (p[0], p[1]))
            .ToList();

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "escaped" => Unescape(text),
        "utf-8 with bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16le with bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be with bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-32le with bom" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        _ => throw new InvalidOperationException($"unknown encoding '({encoding})' in a golden case"),
    };

    /// <summary>The text as UTF-8, with each <c>\xHH</c> made the byte HH.</summary>
    public static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        var start = 0;
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if (text[i] != '\\' || text[i + 1] != 'x' || !byte.TryParse(text.AsSpan(i + 2, 2), System.Globalization.NumberStyles.HexNumber, null, out var b)) continue;
            bytes.AddRange(Encoding.UTF8.GetBytes(text[start..i]));
            bytes.Add(b);
            i += 3;
            start = i + 1;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(text[start..]));
        return [.. bytes];
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
