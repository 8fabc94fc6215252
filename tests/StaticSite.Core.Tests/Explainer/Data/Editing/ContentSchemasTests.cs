using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Support;
using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Core.Tests.Explainer.Data.Editing;

/// <summary>The committed schemas are the ones the code makes, the real content passes them, and editors are pointed at them.</summary>
public sealed class ContentSchemasTests(ITestOutputHelper output)
{
    private const string Regenerate = "dotnet run --project src/StaticSite.Cli -- schema";

    [Fact]
    public void CommittedSchemas_AreExactlyTheOnesTheSchemaCommandWrites()
    {
        var expected = ContentSchemas.All();
        foreach (var (file, json) in expected)
        {
            var path = Repository.PathOf(Path.Combine(ContentSchemas.Folder, file));
            Assert.True(File.Exists(path), $"schemas/{file} is missing: run '{Regenerate}' and commit it");
            Assert.True(File.ReadAllText(path) == json, $"schemas/{file} is stale (the code that reads the files changed): run '{Regenerate}' and commit it");
        }
        var committed = Directory.GetFiles(Repository.PathOf(ContentSchemas.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => e.File).Order(StringComparer.Ordinal), committed);
    }

    [Fact]
    public void EveryFileInTheInput_IsValidAgainstItsSchema()
    {
        var files = 0;
        foreach (var (path, schema, bodyAfter) in InputFiles())
        {
            var errors = SchemaValidator.Errors(schema, YamlAsJson.OfFile(path, bodyAfter));
            Assert.True(errors.Count == 0, $"{Path.GetRelativePath(Repository.Root, path)}: {string.Join("; ", errors)}");
            files++;
        }
        output.WriteLine($"{files} files validated");
        Assert.True(files > 50, $"only {files} files found in input/");
    }

    private static IEnumerable<(string Path, string Schema, bool BodyAfterFrontMatter)> InputFiles()
    {
        string Schema(string file) => File.ReadAllText(Repository.PathOf(Path.Combine(ContentSchemas.Folder, file)));
        yield return (Repository.PathOf("input/site.yml"), Schema(ContentSchemas.SiteFile), false);
        foreach (var kind in EntityKind.All)
        {
            var schema = Schema(ContentSchemas.FileOf(kind));
            foreach (var path in Directory.GetFiles(Repository.PathOf(Path.Combine("input", kind.Folder))).Order(StringComparer.Ordinal))
            {
                Assert.Contains(Path.GetExtension(path), kind.FileExtensions);
                // In a data kind's Markdown file the text after the front matter is its body field.
                yield return (path, schema, !kind.IsMarkdown);
            }
        }
    }

    [Fact]
    public void VsCodeSettings_MapEachYamlKindsFolder_AndSiteYml_ToItsSchema()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Repository.PathOf(".vscode/settings.json")))!["yaml.schemas"]!.AsObject();
        var expected = EntityKind.All.Where(k => !k.IsMarkdown).ToDictionary(
            k => $"./{ContentSchemas.Folder}/{ContentSchemas.FileOf(k)}",
            k => k.FileExtensions.Where(e => e != ".md").Select(e => $"input/{k.Folder}/*{e}").ToList());
        expected[$"./{ContentSchemas.Folder}/{ContentSchemas.SiteFile}"] = ["input/site.yml"];

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), settings.Select(s => s.Key).Order(StringComparer.Ordinal));
        foreach (var (schema, globs) in expected) Assert.Equal(globs, settings[schema]!.AsArray().Select(g => g!.GetValue<string>()));
        var extensions = JsonNode.Parse(File.ReadAllText(Repository.PathOf(".vscode/extensions.json")))!["recommendations"]!.AsArray();
        Assert.Contains("redhat.vscode-yaml", extensions.Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public void DatePattern_AcceptsWhatTheBuildAccepts_Save29FebruaryOutsideALeapYear()
    {
        var pattern = new Regex(Patterns.Date, RegexOptions.ECMAScript);
        var compared = 0;
        foreach (var year in new[] { "0000", "0001", "1900", "1999", "2000", "2023", "2024", "9999" })
        {
            foreach (var date in Dates(year))
            {
                var build = PartialDate.TryParse(date) is not null;
                var schema = pattern.IsMatch(date);
                var number = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
                var leapDay = number > 0 && date.EndsWith("-02-29", StringComparison.Ordinal) && !DateTime.IsLeapYear(number);
                Assert.True(build == schema || (leapDay && schema && !build), $"{date}: the build {(build ? "accepts" : "refuses")} it, the schema {(schema ? "accepts" : "refuses")} it");
                compared++;
            }
        }
        Assert.Equal(8 * (1 + 15 + 15 * 33 + 4), compared);
    }

    private static IEnumerable<string> Dates(string year)
    {
        yield return year;
        for (var month = 0; month < 15; month++)
        {
            yield return $"{year}-{month:D2}";
            for (var day = 0; day < 33; day++) yield return $"{year}-{month:D2}-{day:D2}";
        }
        foreach (var odd in new[] { $"{year}-1", $"{year}-01-1", $"{year}-01-01\n", $" {year}" }) yield return odd;
    }

    [Theory]
    [InlineData("gchq", true)]
    [InlineData("five-eyes", true)]
    [InlineData("1946", true)]
    [InlineData("GCHQ", false)]
    [InlineData("-gchq", false)]
    [InlineData("five eyes", false)]
    [InlineData("../x", false)]
    [InlineData("gchq\n", false)]
    [InlineData("", false)]
    [InlineData("gchq_uk", false)]
    [InlineData("ünïcode", false)]
    public void IdPattern_AcceptsWhatTheBuildAccepts(string id, bool valid)
    {
        Assert.Equal(valid, EntityIds.Check(id, SourceSpan.File("x"), new DiagnosticBag()));
        Assert.Equal(valid, new Regex(Patterns.Id, RegexOptions.ECMAScript).IsMatch(id));
    }

    [Fact]
    public void EveryIdField_NamesItsKind_SaveAnAgencysAliases()
    {
        var unnamed = EntityKind.All.SelectMany(k => Flatten(k.Fields).Select(f => (Kind: k, Field: f)))
            .Where(x => x.Field.Type is FieldType.Id or FieldType.IdList && FieldText.KindNamedBy(x.Field) is null)
            .Select(x => $"{x.Kind.Name}.{x.Field.Name}");
        Assert.Equal(["agency.aliases"], unnamed);
    }

    private static IEnumerable<FieldSpec> Flatten(IEnumerable<FieldSpec> fields) => fields.SelectMany(f => Flatten(f.Fields).Prepend(f));
}
