using System.Text;
using Spectre.Console.Cli;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>schema</c>: writes the JSON Schema of each kind of content file and of <c>input/site.yml</c>, made from the code
/// that reads them, for editors' YAML language servers (<c>.vscode/settings.json</c> maps them). Files it does not
/// name are left alone. A test fails when the committed ones differ from what this writes. An output inside the input
/// or theme folder is refused (exit 2): the build would read the schemas back as content.
/// </summary>
public sealed class SchemaCommand : Command<SchemaSettings>
{
    public override int Execute(CommandContext context, SchemaSettings settings, CancellationToken cancellationToken)
    {
        var schemas = ContentSchemas.All();
        var changed = 0;
        var cwd = Directory.GetCurrentDirectory();
        var output = OutputTarget.ResolveFolder(settings.Output, "the schemas", ContentSchemas.Folder);
        // The folders named (or defaulted, relative to here) and those of the repository the output lies in: run from
        // another folder, the defaults name folders that do not exist, and the real content would not be guarded.
        var repository = RepositoryRoot.Find(NearestExisting(output));
        foreach (var (input, theme) in new[] { (settings.Input, settings.Theme), (Path.Combine(repository, "input"), Path.Combine(repository, "theme")) })
        {
            OutputTarget.RefuseInsideReadFolders(settings.Output, output, BuildSources.Resolve(input, theme, null, cwd, repository),
                $"the default is '{ContentSchemas.Folder}', beside the input folder");
        }
        try
        {
            Directory.CreateDirectory(settings.Output);
            foreach (var (file, json) in schemas)
            {
                var path = Path.Combine(settings.Output, file);
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json);
                if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) continue;
                File.WriteAllBytes(path, bytes);
                changed++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write the schemas to '{settings.Output}': {e.Message}");
            return ExitCodes.InputOutput;
        }
        Console.WriteLine($"{schemas.Count} schemas in {settings.Output}, {changed} written, {schemas.Count - changed} unchanged");
        return ExitCodes.Ok;
    }

    private static string NearestExisting(string path)
    {
        var folder = path;
        while (!Directory.Exists(folder) && Path.GetDirectoryName(folder) is { } parent) folder = parent;
        return folder;
    }
}
