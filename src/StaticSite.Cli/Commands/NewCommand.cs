using Spectre.Console.Cli;
using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>new &lt;kind&gt; &lt;id&gt;</c>: writes <c>input/&lt;folder&gt;/&lt;id&gt;.yml</c> (a section's <c>.md</c>) with every
/// field present or commented out. An id the build would refuse is refused with the build's diagnostic (exit 1); an
/// unknown kind or a missing input folder is a usage error (exit 2); a file that cannot be written, exit 4.
/// </summary>
public sealed class NewCommand : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        if (EntityKind.Named(settings.Kind) is not { } kind)
        {
            Console.Error.WriteLine($"error: {UnknownKind(settings.Kind)}");
            return ExitCodes.Usage;
        }
        if (!Directory.Exists(settings.Input))
        {
            Console.Error.WriteLine($"error: the input folder '{settings.Input}' does not exist (see --input)");
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        var file = NewEntityFile.Plan(kind, settings.Id, settings.Title, settings.Input, RepositoryRoot.Find(settings.Input), DateOnly.FromDateTime(DateTime.Now), diagnostics);
        if (file is null)
        {
            foreach (var diagnostic in diagnostics.ToSortedList()) Console.Error.WriteLine(diagnostic);
            return ExitCodes.ContentErrors;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
            // CreateNew: a file made since the check above is never overwritten.
            using var stream = new FileStream(file.Path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(file.Text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write the file '{file.DisplayPath}': {e.Message}");
            return ExitCodes.InputOutput;
        }
        Console.WriteLine($"created {file.DisplayPath}: give each value marked {Scaffold.Marker}, then run 'staticsite check'");
        return ExitCodes.Ok;
    }

    /// <summary>The kind names, with the nearest (a folder's name counts as its kind's: 'agencies' is 'agency').</summary>
    public static string UnknownKind(string name)
    {
        var names = EntityKind.All.Select(k => k.Name).ToList();
        var nearest = Suggest.Nearest(name.ToLowerInvariant(), [.. names, .. EntityKind.All.Select(k => k.Folder)]);
        var kind = EntityKind.All.FirstOrDefault(k => k.Name == nearest || k.Folder == nearest);
        var hint = kind is null ? "" : $" (did you mean '{kind.Name}'?)";
        return $"unknown kind of content '{Printable.Of(name)}'{hint}; the kinds are {string.Join(", ", names)}";
    }
}
