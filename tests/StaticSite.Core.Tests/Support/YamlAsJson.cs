using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Core.Tests.Support;

/// <summary>
/// A content file as a YAML language server sees it, as JSON for a JSON Schema validator: plain scalars typed by
/// YAML 1.2's core schema (<c>2020</c> is a number, <c>true</c> a boolean, <c>~</c> null), quoted and block scalars
/// text. A Markdown file is its front matter, with the Markdown after it as <c>body</c> when its kind has one.
/// </summary>
public static partial class YamlAsJson
{
    public static JsonNode? OfFile(string path, bool bodyAfterFrontMatter)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (!path.EndsWith(".md", StringComparison.Ordinal)) return Parse(text);
        var lines = text.Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        Assert.True(lines[0] == "---" && end > 0, $"{path} has no front matter");
        var fields = Parse(string.Join('\n', lines[1..end]));
        if (bodyAfterFrontMatter && fields is JsonObject map) map["body"] = string.Join('\n', lines[(end + 1)..]);
        return fields;
    }

    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Typed(plain.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonNode? Typed(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return true;
        if (value is "false" or "False" or "FALSE") return false;
        if (Integer().IsMatch(value)) return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        if (Float().IsMatch(value)) return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"\A[-+]?[0-9]+\z")]
    private static partial Regex Integer();

    [GeneratedRegex(@"\A[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z")]
    private static partial Regex Float();
}
