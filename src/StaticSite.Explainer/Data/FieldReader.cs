using System.Globalization;
using StaticSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Explainer.Data;

/// <summary>
/// Reads typed fields from a YAML mapping and reports, with positions, missing fields, wrong types and
/// unknown fields. The fields an entity asks for are the fields that exist: call
/// <see cref="ReportUnknownFields"/> last.
/// </summary>
/// <param name="body">The Markdown after a file's front matter, which is its <c>body</c> field.</param>
public sealed class FieldReader(YamlMappingNode map, YamlPositions positions, DiagnosticBag diagnostics, MarkdownText? body = null)
{
    private readonly List<string> known = [];

    // Set for a reader that describes the fields it is asked for rather than reading them (see Describe).
    private readonly List<FieldSpec>? described;

    private FieldReader(List<FieldSpec> described)
        : this(new YamlMappingNode(), new YamlPositions("", "", 0), new DiagnosticBag()) => this.described = described;

    /// <summary>
    /// The fields <paramref name="read"/> asks for, in order, each with its type, whether it is required and its
    /// allowed values; a nested mapping or list of mappings is read once, empty, to describe its fields.
    /// </summary>
    public static IReadOnlyList<FieldSpec> Describe(Action<FieldReader> read)
    {
        var fields = new List<FieldSpec>();
        read(new FieldReader(fields));
        return fields;
    }

    // Notes the field when describing; returns the reader that describes a nested mapping's fields.
    private FieldReader? Note(string name, FieldType type, bool required, IReadOnlyList<string>? allowed = null)
    {
        if (described is null) return null;
        var nested = new List<FieldSpec>();
        described.Add(new FieldSpec(name, type, required, allowed ?? [], nested));
        return new FieldReader(nested);
    }

    public SourceSpan Location => positions.Of(map);

    public string DisplayPath => positions.DisplayPath;

    public DiagnosticBag Diagnostics => diagnostics;

    public string? Text(string name, bool required = true)
    {
        Note(name, FieldType.Text, required);
        return Scalar(name, required, "text") is { } node ? node.Value ?? "" : null;
    }

    /// <summary>A URL the site links to: an absolute web address (<see cref="LinkSchemes.IsWebAddress"/>).</summary>
    public string? WebAddress(string name, bool required = true)
    {
        Note(name, FieldType.WebAddress, required);
        var node = Scalar(name, required, "a web address");
        if (node is null) return null;
        var url = node.Value ?? "";
        if (LinkSchemes.IsWebAddress(url)) return url;
        diagnostics.Error(positions.Of(node), "DATA003", $"'{name}' must be a web address starting with https:// or http://, such as 'https://example.org/page', not '{url}'");
        return null;
    }

    public string? Choice(string name, params string[] allowed) => Choice(name, true, allowed);

    public string? OptionalChoice(string name, params string[] allowed) => Choice(name, false, allowed);

    private string? Choice(string name, bool required, string[] allowed)
    {
        Note(name, FieldType.Choice, required, allowed);
        var node = Scalar(name, required, "text");
        if (node is null) return null;
        if (allowed.Contains(node.Value, StringComparer.Ordinal)) return node.Value;
        diagnostics.Error(positions.Of(node), "DATA003", $"'{name}' must be one of {string.Join(", ", allowed)}, not '{node.Value}'{Suggest.DidYouMean(node.Value ?? "", allowed)}");
        return null;
    }

    public int? Int(string name, bool required = true)
    {
        Note(name, FieldType.WholeNumber, required);
        var node = Scalar(name, required, "a whole number");
        if (node is null) return null;
        if (node.Style == ScalarStyle.Plain && int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        WrongType(node, name, "a whole number");
        return null;
    }

    public bool Bool(string name)
    {
        Note(name, FieldType.TrueOrFalse, required: false);
        var node = Scalar(name, false, "true or false");
        if (node is null) return false;
        if (node.Style == ScalarStyle.Plain && node.Value is "true" or "false") return node.Value == "true";
        WrongType(node, name, "true or false");
        return false;
    }

    public PartialDate? Date(string name, bool required = true)
    {
        Note(name, FieldType.Date, required);
        var node = Scalar(name, required, "a date");
        if (node is null) return null;
        if (PartialDate.TryParse(node.Value ?? "") is { } date) return date;
        WrongType(node, name, "a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        return null;
    }

    public MarkdownText? Markdown(string name, bool required = true)
    {
        Note(name, FieldType.Markdown, required);
        if (name == BodyField && body is not null)
        {
            known.Add(name);
            if (map.Children.TryGetValue(new YamlScalarNode(name), out var twice))
            {
                diagnostics.Error(positions.Of(twice), "DATA009", "'body' is given twice: in the front matter and as the Markdown after it; keep one");
            }
            return body;
        }
        return Scalar(name, required, "Markdown text") is { } node ? positions.Markdown(node) : null;
    }

    private const string BodyField = "body";

    public IReadOnlyList<string> TextList(string name, bool required = false)
    {
        Note(name, FieldType.TextList, required);
        return Sequence(name, required).Select(n => n.Value ?? "").ToList();
    }

    public IReadOnlyList<Ref> Refs(string name, bool required = false)
    {
        Note(name, FieldType.IdList, required);
        return Sequence(name, required).Select(n => new Ref(n.Value ?? "", positions.Of(n))).ToArray();
    }

    public Ref? RefField(string name) => Id(name, required: true);

    public Ref? OptionalRef(string name) => Id(name, required: false);

    private Ref? Id(string name, bool required)
    {
        Note(name, FieldType.Id, required);
        return Scalar(name, required, "an id") is { } node ? new Ref(node.Value ?? "", positions.Of(node)) : null;
    }

    /// <summary>A nested mapping, read with its own reader.</summary>
    public FieldReader? Mapping(string name)
    {
        if (Note(name, FieldType.Mapping, required: true) is { } describing) return describing;
        var value = Field(name, true, "a mapping");
        if (value is YamlMappingNode nested) return new FieldReader(nested, positions, diagnostics);
        if (value is not null) WrongType(value, name, "a mapping of fields");
        return null;
    }

    public IReadOnlyList<FieldReader> MappingList(string name)
    {
        if (Note(name, FieldType.MappingList, required: false) is { } describing) return [describing];
        var value = Field(name, false, "a list");
        if (value is null) return [];
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, name, "a list of mappings");
            return [];
        }
        var readers = new List<FieldReader>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode nested) readers.Add(new FieldReader(nested, positions, diagnostics));
            else WrongType(item, name, "a mapping of fields");
        }
        return readers;
    }

    public void ReportUnknownFields()
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? "";
            if (known.Contains(name, StringComparer.Ordinal)) continue;
            diagnostics.Error(positions.Of(key), "DATA005",
                $"unknown field '{name}'{Suggest.DidYouMean(name, known)}; the fields are: {string.Join(", ", known)}");
        }
    }

    private YamlNode? Field(string name, bool required, string expected)
    {
        known.Add(name);
        if (map.Children.TryGetValue(new YamlScalarNode(name), out var value) && !IsNull(value)) return value;
        if (required) diagnostics.Error(positions.Of(map), "DATA002", $"missing required field '{name}' ({expected})");
        return null;
    }

    private YamlScalarNode? Scalar(string name, bool required, string expected)
    {
        var value = Field(name, required, expected);
        if (value is YamlScalarNode scalar) return scalar;
        if (value is not null) WrongType(value, name, expected);
        return null;
    }

    private List<YamlScalarNode> Sequence(string name, bool required)
    {
        var value = Field(name, required, "a list");
        if (value is null) return [];
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, name, "a list");
            return [];
        }
        var items = new List<YamlScalarNode>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar) items.Add(scalar);
            else WrongType(item, name, "a list of plain values");
        }
        return items;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private void WrongType(YamlNode node, string name, string expected)
    {
        var actual = node switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            YamlScalarNode s => $"'{s.Value}'",
            _ => "something else",
        };
        diagnostics.Error(positions.Of(node), "DATA003", $"'{name}' must be {expected}, not {actual}");
    }
}
