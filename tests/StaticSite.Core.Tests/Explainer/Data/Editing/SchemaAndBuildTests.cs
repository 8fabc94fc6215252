using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Core.Tests.Explainer.Data.Editing;

/// <summary>
/// The schemas and the build refuse the same mistakes: each mistake is made in one valid file of the small test
/// site, which is then built and checked against its schema. Most mistakes are made from the fields themselves
/// (each required field left out, each choice and date and id given a wrong value, a field that does not exist),
/// so a field added to a reader is compared without a line here.
/// </summary>
public sealed class SchemaAndBuildTests
{
    private const string SitePath = "input/site.yml";

    // A valid file of each kind, from the small test site; it has no event, so one is added.
    private static readonly Dictionary<string, string> Valid = new(MinimalContent.Files)
    {
        ["input/events/renewed.yml"] = """
            title: The partnership renewed
            date: 1955
            agency: gchq
            sources: [article]
            """,
    };

    public static TheoryData<string, string, string> Mistakes()
    {
        var mistakes = new TheoryData<string, string, string>();
        foreach (var (path, fields) in Files())
        {
            var text = Valid[path];
            void Add(string what, string changed) => mistakes.Add(path, what, changed);
            Add("a field that does not exist", AfterFirstLine(text, "colour: blue"));
            foreach (var field in fields)
            {
                if (field.Required) Add($"without its required '{field.Name}'", Without(text, field.Name));
                switch (field.Type)
                {
                    case FieldType.Choice: Add($"'{field.Name}' not one of {string.Join("|", field.Allowed)}", With(text, field.Name, "something-else")); break;
                    case FieldType.Date: Add($"'{field.Name}' not a date", With(text, field.Name, "2020-13-01")); break;
                    case FieldType.WholeNumber: Add($"'{field.Name}' quoted", With(text, field.Name, "\"3\"")); break;
                    case FieldType.TrueOrFalse: Add($"'{field.Name}' not true or false", With(text, field.Name, "yes")); break;
                    case FieldType.WebAddress: Add($"'{field.Name}' not a web address", With(text, field.Name, "ftp://example.org/file")); break;
                    case FieldType.Text: Add($"'{field.Name}' a list, not text", With(text, field.Name, "[one, two]")); break;
                    case FieldType.Id when FieldText.KindNamedBy(field) is not null: Add($"'{field.Name}' not an id", With(text, field.Name, "Not An Id")); break;
                    case FieldType.IdList when FieldText.KindNamedBy(field) is not null: Add($"'{field.Name}' holding a bad id", With(text, field.Name, "[GCHQ]")); break;
                    case FieldType.TextList or FieldType.IdList: Add($"'{field.Name}' a mapping, not a list", With(text, field.Name, "{ a: b }")); break;
                    case FieldType.MappingList: Add($"'{field.Name}' a list of text, not of mappings", With(text, field.Name, "[one]")); break;
                }
            }
        }
        // What the fields alone do not reach: a nested mapping's fields, and a Markdown data file's front matter.
        var gchq = Valid["input/agencies/gchq.yml"];
        mistakes.Add("input/agencies/gchq.yml", "a relation of a kind that does not exist", gchq.Replace("kind: shares", "kind: befriends", StringComparison.Ordinal));
        mistakes.Add("input/agencies/gchq.yml", "a relation without its agency", gchq.Replace("  - agency: nsa\n    kind: shares", "  - kind: shares", StringComparison.Ordinal));
        mistakes.Add("input/agencies/gchq.yml", "a relation with a field that does not exist", gchq.Replace("    kind: shares", "    kind: shares\n    since: 1946", StringComparison.Ordinal));
        mistakes.Add(SitePath, "a licence without its url", Valid[SitePath].Replace("  url: https://creativecommons.org/licenses/by/4.0/\n", "", StringComparison.Ordinal));
        return mistakes;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void AMistake_TheBuildRefuses_IsOneTheSchemaRefuses(string path, string mistake, string text)
    {
        Assert.NotEqual(Valid[path], text); // the mistake was made

        var site = new TestSite(withContent: false);
        foreach (var (file, valid) in Valid) site.With(file, file == path ? text : valid);
        var buildErrors = site.Build().Diagnostics.Where(d => d.IsError && d.Location.Path == path).ToList();
        var schemaErrors = SchemaValidator.Errors(SchemaOf(path), YamlAsJson.Parse(FrontMatter(text)));

        Assert.True(buildErrors.Count > 0, $"{path}, {mistake}: the build accepts it, the schema {(schemaErrors.Count > 0 ? "refuses" : "accepts")} it");
        Assert.True(schemaErrors.Count > 0, $"{path}, {mistake}: the build refuses it ({buildErrors[0]}), the schema accepts it");
    }

    [Fact]
    public void TheValidFiles_PassTheBuild_AndTheirSchemas()
    {
        var site = new TestSite(withContent: false);
        foreach (var (file, valid) in Valid) site.With(file, valid);
        Assert.Empty(site.Build().Diagnostics);
        foreach (var (path, text) in Valid) Assert.Empty(SchemaValidator.Errors(SchemaOf(path), YamlAsJson.Parse(FrontMatter(text))));
    }

    [Fact]
    public void TheMistakes_CoverEveryKind_AndEveryFieldType()
    {
        var rows = Mistakes().Select(r => (string)r.Data.Item1).ToList();
        Assert.Equal(Files().Select(f => f.Path).Order(StringComparer.Ordinal), rows.Distinct().Order(StringComparer.Ordinal));
        Assert.True(rows.Count >= 60, $"{rows.Count} mistakes");
    }

    /// <summary>The documented difference: the schema's pattern cannot know which years are leap years.</summary>
    [Fact]
    public void TwentyNinthOfFebruary_OutsideALeapYear_IsRefusedByTheBuildAlone()
    {
        var path = "input/episodes/ukusa.yml";
        var text = With(Valid[path], "date", "2021-02-29");
        var site = new TestSite(withContent: false);
        foreach (var (file, valid) in Valid) site.With(file, file == path ? text : valid);

        Assert.Contains(site.Build().Diagnostics, d => d.Code == "DATA003" && d.Location.Path == path);
        Assert.Empty(SchemaValidator.Errors(SchemaOf(path), YamlAsJson.Parse(text)));
    }

    private static IEnumerable<(string Path, IReadOnlyList<FieldSpec> Fields)> Files()
    {
        yield return (SitePath, FieldReader.Describe(r => SiteInfo.Read(r)));
        foreach (var kind in EntityKind.All) yield return (Valid.Keys.Where(p => p.StartsWith($"input/{kind.Folder}/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First(), kind.Fields);
    }

    private static string SchemaOf(string path)
    {
        var file = path == SitePath ? ContentSchemas.SiteFile : ContentSchemas.FileOf(EntityKind.All.Single(k => path.StartsWith($"input/{k.Folder}/", StringComparison.Ordinal)));
        return File.ReadAllText(Repository.PathOf(Path.Combine(ContentSchemas.Folder, file)));
    }

    private static string FrontMatter(string text) => text.StartsWith("---\n", StringComparison.Ordinal) ? text[4..text.IndexOf("\n---", 4, StringComparison.Ordinal)] : text;

    // A top-level field is its line and the indented lines under it (a block of Markdown, a list of mappings).
    private static Regex Field(string name) => new($@"^{Regex.Escape(name)}:.*\n(?:[ ]+.*\n?)*", RegexOptions.Multiline);

    private static string Without(string text, string name) => Changed(text, name, "");

    private static string With(string text, string name, string value) =>
        Field(name).IsMatch(text + "\n") ? Changed(text, name, $"{name}: {value}\n") : AfterFirstLine(text, $"{name}: {value}");

    // After the first line, which is a field of its own, or the '---' that opens the front matter.
    private static string AfterFirstLine(string text, string line) => text.Insert(text.IndexOf('\n') + 1, line + "\n");

    private static string Changed(string text, string name, string replacement)
    {
        var changed = Field(name).Replace(text.EndsWith('\n') ? text : text + "\n", replacement, 1);
        return changed != text + "\n" && changed != text ? changed : throw new InvalidOperationException($"no field '{name}' in {text}");
    }
}
