namespace StaticSite.Explainer.Data.Editing;

/// <summary>What a field holds, in the words the schemas' descriptions and the files <c>new</c> writes use.</summary>
public static class FieldText
{
    /// <summary>
    /// The kind an id field names: the field is called after it, in the singular (<c>agency</c>) or as its folder
    /// (<c>agencies</c>); null for a list read like ids that names no kind (an agency's <c>aliases</c>).
    /// </summary>
    public static EntityKind? KindNamedBy(FieldSpec field) =>
        field.Type is FieldType.Id or FieldType.IdList ? EntityKind.All.FirstOrDefault(k => k.Name == field.Name || k.Folder == field.Name) : null;

    /// <summary>What Markdown in the content may do besides Markdown's own syntax.</summary>
    public const string MarkdownHelp = "cite a source with [@source-id], link a page with [words](xref:agency/gchq)";

    public static string Describe(FieldSpec field) => field.Type switch
    {
        FieldType.Text => "text",
        FieldType.Markdown => $"Markdown; {MarkdownHelp}",
        FieldType.WebAddress => "a web address starting with https:// or http://",
        FieldType.Choice => "one of " + string.Join(", ", field.Allowed),
        FieldType.WholeNumber => "a whole number",
        FieldType.TrueOrFalse => "true or false; false when absent",
        FieldType.Date => "a date: YYYY-MM-DD, YYYY-MM or YYYY, as far as it is known",
        FieldType.TextList => "a list of text",
        FieldType.Id => KindNamedBy(field) is { } kind ? $"the id of {Articled(kind.What)} in input/{kind.Folder}/" : "text",
        FieldType.IdList => KindNamedBy(field) is { } kind ? $"a list of ids, each of {Articled(kind.What)} in input/{kind.Folder}/" : "a list of text",
        FieldType.Mapping => "a mapping with the fields " + string.Join(", ", field.Fields.Select(f => f.Name)),
        FieldType.MappingList => "a list, each item a mapping with the fields " + string.Join(", ", field.Fields.Select(f => f.Name)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "a field type without words"),
    };

    public static string Articled(string what) => ("aeiou".Contains(what[0]) ? "an " : "a ") + what;
}
