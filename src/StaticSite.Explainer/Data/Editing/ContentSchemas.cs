using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticSite.Explainer.Data.Editing;

/// <summary>
/// JSON Schemas (draft 2020-12) of the content files, one per kind of entity and one for <c>input/site.yml</c>, made
/// from the fields each reader asks for (<see cref="EntityKind.Fields"/>), never written by hand: an editor with a
/// YAML language server completes and checks what the build checks. What a schema cannot say (that an id names an
/// existing entity, rules between fields, a 29 February outside a leap year) only the build checks.
/// </summary>
public static class ContentSchemas
{
    /// <summary>The repository's folder of schemas, which <c>schema</c> writes and <c>.vscode/settings.json</c> names.</summary>
    public const string Folder = "schemas";

    /// <summary>The schema of <c>input/site.yml</c>; the others are named after their kind (<c>agency.schema.json</c>).</summary>
    public const string SiteFile = "site.schema.json";

    public static string FileOf(EntityKind kind) => $"{kind.Name}.schema.json";

    /// <summary>Every schema, by file name, as the bytes <c>schema</c> writes (the same on every machine).</summary>
    public static IReadOnlyList<(string File, string Json)> All() =>
    [
        .. EntityKind.All.Select(kind => (FileOf(kind), Write(Of(kind)))),
        (SiteFile, Write(OfSite())),
    ];

    public static JsonObject Of(EntityKind kind) => Document(kind.Name, DescriptionOf(kind), kind.Fields);

    public static JsonObject OfSite() => Document("site", "input/site.yml: the site as a whole (title, base URL, licence, the source article).",
        FieldReader.Describe(r => SiteInfo.Read(r)));

    private static string DescriptionOf(EntityKind kind)
    {
        var one = FieldText.Articled(kind.What);
        var file = kind.IsMarkdown
            ? $"the front matter of input/{kind.Folder}/<id>.md, between its two '---' lines; the Markdown after it is the {kind.What}'s text"
            : $"input/{kind.Folder}/<id>.yml (or <id>.md: these fields as front matter, the body after it)";
        return $"{Capitalised(one)}: {file}. The id is the file's name: lower-case letters, digits and hyphens.";
    }

    private static JsonObject Document(string title, string description, IReadOnlyList<FieldSpec> fields)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = $"{description} Made by 'staticsite schema' from the code that reads these files: do not edit it by hand.",
        };
        foreach (var (key, value) in Mapping(fields)) schema[key] = value?.DeepClone();
        return schema;
    }

    private static JsonObject Mapping(IReadOnlyList<FieldSpec> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Name] = Property(field);
        var mapping = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name).ToArray();
        if (required.Length > 0) mapping["required"] = new JsonArray(required);
        // The build reports any other field (DATA005), so the schema refuses it too.
        mapping["additionalProperties"] = false;
        return mapping;
    }

    private static JsonObject Property(FieldSpec field)
    {
        var property = ValueOf(field);
        var what = FieldText.Describe(field);
        property["description"] = $"{(field.Required ? "Required" : "Optional")}: {what}.";
        if (!field.Required) AllowNull(property);
        return property;
    }

    // A field given no value (`field:` or `field: null`) counts as absent, which an optional field may be.
    private static void AllowNull(JsonObject property)
    {
        // JsonNode values only: the CLI is compiled ahead of time, with no reflection for JsonArray.Add<T>.
        if (property["enum"] is JsonArray values) values.Add((JsonNode?)null);
        else if (property["type"] is JsonArray types) types.Add((JsonNode?)JsonValue.Create("null"));
        else if (property["type"] is JsonValue type) property["type"] = new JsonArray(type.GetValue<string>(), "null");
    }

    private static JsonObject ValueOf(FieldSpec field) => field.Type switch
    {
        FieldType.Text or FieldType.Markdown => Scalar(),
        FieldType.WebAddress => new JsonObject { ["type"] = Types("string"), ["pattern"] = Patterns.WebAddress },
        FieldType.Choice => new JsonObject { ["enum"] = new JsonArray([.. field.Allowed.Select(v => (JsonNode?)v)]) },
        FieldType.WholeNumber => new JsonObject { ["type"] = Types("integer") },
        FieldType.TrueOrFalse => new JsonObject { ["type"] = Types("boolean") },
        // `date: 2020` is a number to a YAML reader, and a year to the build.
        FieldType.Date => new JsonObject { ["type"] = Types("string", "integer"), ["pattern"] = Patterns.Date, ["minimum"] = 1, ["maximum"] = 9999 },
        FieldType.TextList => List(Scalar()),
        FieldType.Id => IdOf(field),
        FieldType.IdList => List(IdOf(field)),
        FieldType.Mapping => Mapping(field.Fields),
        FieldType.MappingList => List(Mapping(field.Fields)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "a field type without a schema"),
    };

    // The build reads any plain value as text (`title: 1984`), which a YAML reader calls a number.
    private static JsonObject Scalar() => new() { ["type"] = Types("string", "number", "boolean") };

    private static JsonObject IdOf(FieldSpec field) => FieldText.KindNamedBy(field) is null
        ? Scalar() // a list read like ids for their positions, such as an agency's aliases
        : new JsonObject { ["type"] = Types("string"), ["pattern"] = Patterns.Id };

    private static JsonObject List(JsonObject item) => new() { ["type"] = Types("array"), ["items"] = item };

    private static JsonNode Types(params string[] types) => types.Length == 1 ? JsonValue.Create(types[0]) : new JsonArray([.. types.Select(t => (JsonNode?)t)]);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The schema as its file holds it: indented, with line feeds and a final one, non-ASCII unescaped.</summary>
    public static string Write(JsonObject schema)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            schema.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
