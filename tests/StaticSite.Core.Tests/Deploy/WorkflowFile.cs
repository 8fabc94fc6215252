using YamlDotNet.RepresentationModel;

namespace StaticSite.Core.Tests.Deploy;

/// <summary>.github/workflows/site.yml, parsed with YamlDotNet, with small readers for the tests.</summary>
internal static class WorkflowFile
{
    public static string FilePath { get; } = Path.Combine(RealSite.Root, ".github", "workflows", "site.yml");

    /// <summary>The file as written: YAML drops comments, and the version comments are part of what is checked.</summary>
    public static string Text { get; } = File.ReadAllText(FilePath);

    public static YamlMappingNode Root { get; } = Parse(Text);

    public static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static YamlMappingNode Jobs => Map(Root, "jobs");

    public static IReadOnlyList<string> JobNames => Jobs.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();

    public static YamlMappingNode Job(string name) => Map(Jobs, name);

    public static IReadOnlyList<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Job(job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    public static IReadOnlyList<YamlMappingNode> AllSteps => JobNames.SelectMany(Steps).ToList();

    public static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    public static YamlNode? Child(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Str(YamlNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    /// <summary>A node written back as YAML text, to search a whole job for a word.</summary>
    public static string Dump(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
