using System.Globalization;
using System.Text;

namespace StaticSite.Explainer.Data.Editing;

/// <summary>
/// The text of a new file of a kind (<c>staticsite new</c>), made from the fields its reader asks for: every required
/// field with a value the build accepts, every optional one commented out, each with a comment saying what it takes.
/// A value the editor must still choose or write carries <see cref="Marker"/>, so the file builds as written (apart
/// from rules between fields, such as an event's agency or episode) but cannot be published unfinished: the real
/// content's tests refuse the marker anywhere in <c>input/</c>.
/// </summary>
public static class Scaffold
{
    public const string Marker = "TODO";

    /// <param name="title">the first field's value: every reader asks first for the entity's title, name or term.</param>
    /// <param name="numbers">the value a required whole-number field is given (a section's next free <c>order</c>).</param>
    public static string Text(EntityKind kind, string id, string? title, DateOnly today, Func<FieldSpec, int> numbers)
    {
        var text = new StringBuilder();
        var fields = kind.Fields;
        var body = kind.IsMarkdown ? "" : null;
        if (kind.IsMarkdown) text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"# {Capitalised(FieldText.Articled(kind.What))}, id '{id}': written by 'staticsite new {kind.Name} {id}'.\n");
        // No marker here: an editor may keep these lines.
        text.Append("# Each field's comment says what it takes. Replace the placeholders, uncomment the optional fields you\n");
        text.Append("# need, then run 'staticsite check'. The fields are described in docs/content-model.md.\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var given = i == 0 && title is not null ? Quoted(title) : null;
            var commented = !fields[i].Required;
            foreach (var line in Lines(fields[i], given, commented, kind.What, today, numbers)) text.Append(commented ? "# " : "").Append(line).Append('\n');
        }
        if (kind.IsMarkdown)
        {
            text.Append(CultureInfo.InvariantCulture, $"# The {kind.What}'s text follows the next line, in Markdown: {FieldText.MarkdownHelp}.\n");
            text.Append(CultureInfo.InvariantCulture, $"---\n\n{Marker}: the {kind.What}'s text.\n");
        }
        return text.ToString();
    }

    // The field's lines, unindented. In a commented-out field (an optional one, or one inside it) nothing is marked:
    // an editor may leave it as it is.
    private static List<string> Lines(FieldSpec field, string? given, bool commented, string what, DateOnly today, Func<FieldSpec, int> numbers)
    {
        var comment = $"{(field.Required ? "required" : "optional")}: {FieldText.Describe(field)}";
        if (field.Type is FieldType.Mapping or FieldType.MappingList)
        {
            List<string> lines = [$"{field.Name}:  # {comment}"];
            var item = field.Type == FieldType.MappingList;
            foreach (var nested in field.Fields)
            {
                foreach (var line in Lines(nested, null, commented || !nested.Required, what, today, numbers))
                {
                    var first = lines.Count == 1;
                    lines.Add((item ? (first ? "  - " : "    ") : "  ") + (nested.Required ? "" : "# ") + line);
                }
            }
            return lines;
        }
        if (field.Type == FieldType.Markdown)
        {
            return [$"{field.Name}: |  # {comment}", commented ? "  …" : $"  {Marker}: the {what}'s text, in Markdown."];
        }
        var (value, todo) = given is not null ? (given, false)
            : commented && field.Type == FieldType.Text ? (Quoted("…"), false)
            : Placeholder(field, today, numbers);
        return [$"{field.Name}: {value}  # {(todo && !commented ? $"{Marker}: " : "")}{comment}"];
    }

    // A value the build accepts, and whether the editor must still choose it.
    private static (string Value, bool Todo) Placeholder(FieldSpec field, DateOnly today, Func<FieldSpec, int> numbers) => field.Type switch
    {
        FieldType.WebAddress => ("https://example.org/", true),
        FieldType.Choice => (field.Allowed[0], true),
        FieldType.WholeNumber => (numbers(field).ToString(CultureInfo.InvariantCulture), false),
        FieldType.TrueOrFalse => ("false", false),
        FieldType.Date => (today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true),
        FieldType.TextList or FieldType.IdList => ("[]", true),
        FieldType.Id => ("my-id", true),
        _ => (Marker, false), // the value is the marker itself
    };

    /// <summary>Text as a YAML double-quoted scalar: every character kept, none able to end the value or start another.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
