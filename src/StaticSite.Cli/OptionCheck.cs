using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Spectre.Console.Cli;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Cli;

/// <summary>
/// Refuses what a command does not take, before it runs, in words that say how to fix it: an unknown option gets
/// the nearest one there is ("did you mean '--output'?") or else the list of the command's options; a word that is
/// not an option's value is an unexpected argument. Spectre's strict parsing would refuse them too, but names
/// neither the nearest option nor the command's others. An unknown command gets the nearest command.
/// </summary>
/// <param name="commands">every command, each with its options (true: takes a value).</param>
/// <param name="withArguments">the commands that also take words of their own (<c>new agency gchq</c>): those words
/// are left to the command line parser; their options are checked like any other command's.</param>
public sealed class OptionCheck(IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> commands, IReadOnlyList<string>? withArguments = null)
{
    private readonly IReadOnlyList<string> allCommands = [.. commands.Keys];

    private static readonly string[] Help = ["-h", "--help", "-?"];

    /// <summary>What is wrong with <paramref name="args"/>, or null to let the command line parser go on.</summary>
    public string? Problem(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return null;
        if (!commands.TryGetValue(args[0], out var options)) return UnknownCommand(args[0]);
        var command = args[0];
        var takesArguments = withArguments?.Contains(command) == true;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (Help.Contains(arg)) return null;
            // A command's own words (new's kind and id) are the parser's to check; an option among them is still checked here.
            if (takesArguments && (arg.Length < 2 || arg[0] != '-')) continue;
            if (arg.Length < 2 || arg[0] != '-' || arg == "--")
            {
                return $"unexpected argument '{arg}': '{command}' takes only options ({List(options)})";
            }
            var name = arg.Split('=', ':')[0];
            if (!options.TryGetValue(name, out var takesValue)) return Unknown(command, name, options);
            if (!takesValue) continue;
            var value = name.Length < arg.Length ? arg[(name.Length + 1)..] : i + 1 < args.Count ? args[++i] : null;
            // A value that looks like an option is one the user forgot: the parser would take the option as the value.
            if (value is null || value.StartsWith("--", StringComparison.Ordinal)) return $"option '{name}' needs a value, for example {name} {Example(name)}";
            if (string.IsNullOrWhiteSpace(value)) return $"option '{name}' is empty: give it a value, for example {name} {Example(name)}";
        }
        return null;
    }

    // A word where the command should be: help and version are Spectre's own, anything else gets the nearest command.
    private string? UnknownCommand(string word)
    {
        if (word.StartsWith('-')) return null;
        var nearest = Suggest.Nearest(word.ToLowerInvariant(), allCommands);
        var known = Words(allCommands);
        return nearest is not null
            ? $"unknown command '{word}' (did you mean '{nearest}'?)"
            : $"unknown command '{word}': the commands are {known}";
    }

    private string Unknown(string command, string name, IReadOnlyDictionary<string, bool> options)
    {
        var elsewhere = commands.Where(c => c.Key != command && c.Value.ContainsKey(name)).Select(c => c.Key).ToList();
        if (elsewhere.Count > 0) return $"'{command}' has no option '{name}': it is an option of {Words(elsewhere)}. The options of '{command}' are {List(options)}";
        var nearest = Suggest.Nearest(name.ToLowerInvariant(), options.Keys);
        return nearest is not null
            ? $"unknown option '{name}' for '{command}' (did you mean '{nearest}'?)"
            : $"unknown option '{name}' for '{command}'. The options of '{command}' are {List(options)}";
    }

    private static string Example(string name) => name switch
    {
        "--port" => "8080",
        "--host" => "127.0.0.1",
        "--format" => "github",
        "--base-url" => "https://example.org/",
        _ => name[2..],
    };

    // "a", "a and b", "a, b and c".
    private static string Words(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.SkipLast(1)) + " and " + words[^1];

    private static string List(IReadOnlyDictionary<string, bool> options) => string.Join(", ", options.Keys) + " and --help";

    /// <summary>Every name a command's settings declare, with whether it takes a value.</summary>
    public static IReadOnlyDictionary<string, bool> OptionsOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TSettings>()
        where TSettings : CommandSettings
    {
        var settings = typeof(TSettings);
        var options = new Dictionary<string, bool>(StringComparer.Ordinal);
        // The base settings' options first (--input, --theme, …), as --help lists them.
        foreach (var property in settings.GetProperties().OrderBy(p => Depth(p.DeclaringType)))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option) continue;
            foreach (var longName in option.LongNames) options["--" + longName] = option.ValueName is not null;
            foreach (var shortName in option.ShortNames) options["-" + shortName] = option.ValueName is not null;
        }
        return options;
    }

    private static int Depth(Type? type) => type is null ? 0 : 1 + Depth(type.BaseType);
}
