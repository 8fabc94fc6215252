using System.Globalization;
using StaticSite.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Explainer.Data.Editing;

/// <summary>
/// The file <c>staticsite new</c> writes for a new entity, or the diagnostics a build would give for its id: an id
/// that cannot be one is OUT002, an id its kind already has is DATA006, in the build's words.
/// </summary>
/// <param name="Path">where to write it; <paramref name="DisplayPath"/> is the same relative to the repository.</param>
public sealed record NewEntityFile(string Path, string DisplayPath, string Text)
{
    public static NewEntityFile? Plan(EntityKind kind, string id, string? title, string inputDirectory, string repositoryRoot, DateOnly today, DiagnosticBag diagnostics)
    {
        var folder = System.IO.Path.Combine(inputDirectory, kind.Folder);
        var inputShown = System.IO.Path.GetRelativePath(repositoryRoot, System.IO.Path.GetFullPath(inputDirectory)).Replace('\\', '/');
        string Shown(string extension) => $"{inputShown}/{kind.Folder}/{id}{extension}";
        var extension = kind.FileExtensions[0];
        var at = SourceSpan.File(Shown(extension));
        // The id is checked as given, before it is part of any path: "../x" never reaches the file system.
        if (!EntityIds.Check(id, at, diagnostics)) return null;
        if (kind.FileExtensions.FirstOrDefault(e => File.Exists(System.IO.Path.Combine(folder, id + e))) is { } taken)
        {
            EntityIds.Duplicate(at, id, Shown(taken), diagnostics);
            return null;
        }
        var text = Scaffold.Text(kind, id, title, today, field => NextNumber(folder, field.Name));
        return new NewEntityFile(System.IO.Path.Combine(folder, id + extension), at.Path, text);
    }

    /// <summary>One more than the largest whole number the field holds in the folder's files (a section's next <c>order</c>), else 1.</summary>
    private static int NextNumber(string folder, string field)
    {
        if (!Directory.Exists(folder)) return 1;
        var largest = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (FieldsOf(file) is { } map && map.Children.TryGetValue(new YamlScalarNode(field), out var node)
                && node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                largest = Math.Max(largest, number);
            }
        }
        return largest + 1;
    }

    // The file's fields, or null for one that cannot be read: the build reports it, and it holds no number to avoid.
    private static YamlMappingNode? FieldsOf(string file)
    {
        try
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                var lines = text.ReplaceLineEndings("\n").Split('\n');
                var end = Array.IndexOf(lines, "---", 1);
                if (lines.Length == 0 || lines[0] != "---" || end < 0) return null;
                text = string.Join('\n', lines[1..end]);
            }
            var stream = new YamlStream();
            // Read through the build's guard, so a file built to blow up a YAML reader cannot hang 'new' either.
            stream.Load(new CheckedYamlEvents(new YamlDotNet.Core.Parser(new StringReader(text))));
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException or YamlLimitException or InvalidOperationException)
        {
            return null;
        }
    }
}
