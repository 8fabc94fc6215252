using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Explainer.Data;

/// <summary>
/// Ids, aliases and dates are matched whole: a pattern ending in $ also matches before a final line break, which let
/// "newag\n" become an id and "/mi7/\n" a line of _redirects. No control character gets into an id, an alias or a path.
/// </summary>
public sealed class IdPatternsTests
{
    [Theory]
    [InlineData("gchq", true)]
    [InlineData("uk-huawei-decision", true)]
    [InlineData("5g", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("-gchq", false)]
    [InlineData("GCHQ", false)]
    [InlineData("mike pompeo", false)]
    [InlineData("newag\n", false)]
    [InlineData("newag\r", false)]
    [InlineData("newag\r\n", false)]
    [InlineData("\nnewag", false)]
    [InlineData("new\tag", false)]
    [InlineData("new\u0000ag", false)]
    [InlineData("newag\u2028", false)]
    [InlineData("newag\u0085", false)]
    [InlineData("café", false)]
    [InlineData("ｇｃｈｑ", false)] // full-width letters
    [InlineData("gchq\u0130", false)]
    [InlineData("١٢٣", false)] // Arabic-Indic digits
    public void AnId_IsLowerCaseAsciiLettersDigitsAndHyphens_AndNothingElse(string id, bool valid)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile($"people/{id}.yml", $"input/people/{id}.yml", () => []);

        Assert.Equal(valid ? id : null, EntityIds.FromFile(file, diagnostics));
        Assert.Equal(valid ? 0 : 1, diagnostics.ToSortedList().Count(d => d.Code == "OUT002"));
    }

    [Fact]
    public void AnIdWithAControlCharacter_SaysSo_AndShowsItOnOneLine()
    {
        var lines = new TestSite().With("input/people/newag\n.yml", "name: New\nrole: Agent\nsummary: New.\nsources: [article]\n").Build().DiagnosticLines();

        Assert.Equal(["input/people/newag\\n.yml:1:1: error OUT002: 'newag\\n' cannot be an id: its file name holds a line break or another control character, and ids become URLs, so use lower-case letters, digits and hyphens (e.g. 'newag')"], lines);
    }

    [Theory]
    [InlineData("/mi6/", true)]
    [InlineData("/", true)]
    [InlineData("/old/gchq-page/", true)]
    [InlineData("/mi7/\n", false)]
    [InlineData("/mi7/\r", false)]
    [InlineData("/mi7/\n/x 200", false)]
    [InlineData("/mi7\t/", false)]
    [InlineData("\n/mi7/", false)]
    [InlineData("/mi7/\u0000", false)]
    [InlineData("/mi7/\u2028", false)]
    [InlineData("/mi7", false)]
    [InlineData("mi7/", false)]
    [InlineData("/../../etc/", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/MI7/", false)]
    [InlineData("/mi 7/", false)]
    public void AnAlias_IsAPathOfIds_AndNothingElse(string alias, bool safe)
    {
        Assert.Equal(safe, OutputPaths.IsSafeUrlPath(alias));
    }

    [Theory]
    [InlineData("\"/mi7/\\n\"", "'/mi7/\\n'")]
    [InlineData("\"/mi7/\\r\\n/x 200\"", "'/mi7/\\r\\n/x 200'")]
    [InlineData("\"/mi\\t7/\"", "'/mi\\t7/'")]
    public void AnAliasWithALineBreak_IsOut002AtTheAlias_AndNeverReachesRedirects(string yaml, string shown)
    {
        var site = new TestSite();
        var nsa = site.Files["input/agencies/nsa.yml"].TrimEnd('\n') + $"\naliases: [{yaml}]\n";

        var result = site.With("input/agencies/nsa.yml", nsa).Build();

        var line = nsa.Split('\n').Length - 1;
        Assert.Equal([$"input/agencies/nsa.yml:{line}:11: error OUT002: alias {shown} must be a path inside the site such as '/mi6/': lower-case letters, digits, hyphens and slashes, starting with '/', no '..'"],
            result.DiagnosticLines());
        Assert.DoesNotContain(result.Written, d => d.Destination == "_redirects");
    }

    [Theory]
    [InlineData("2020-01-28", "2020-01-28")]
    [InlineData("2020-01", "2020-01")]
    [InlineData("2020", "2020")]
    [InlineData("2020\n", null)]
    [InlineData("2020-01-28\n", null)]
    [InlineData("\n2020", null)]
    [InlineData("٢٠٢٠", null)] // Arabic-Indic digits: \d would match them, and int.Parse would then throw
    [InlineData("２０２０", null)] // full-width digits
    [InlineData("0000", null)] // no year 0 in the calendar
    [InlineData("0000-01-01", null)]
    [InlineData("2020-13", null)]
    [InlineData("2021-02-29", null)]
    public void ADate_IsAsciiDigitsWhole(string text, string? iso)
    {
        Assert.Equal(iso, PartialDate.TryParse(text)?.Iso);
    }

    [Theory]
    [InlineData("\"٢٠٢٠\"")]
    [InlineData("0000-01-01")]
    [InlineData("\"2020\\n\"")]
    public void ABadDateInContent_IsData003_NotAnInternalError(string date)
    {
        var site = new TestSite();
        var episode = site.Files["input/episodes/ukusa.yml"].Replace("date: 1946-03-05", $"date: {date}", StringComparison.Ordinal);

        var error = Assert.Single(site.With("input/episodes/ukusa.yml", episode).Build().DiagnosticLines());

        Assert.StartsWith("input/episodes/ukusa.yml:2:7: error DATA003: 'date' must be a date (YYYY-MM-DD, YYYY-MM or YYYY)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAssetWithAControlCharacterInItsName_IsOut002()
    {
        var lines = new TestSite().With("theme/static/read\nme.txt", "text").Build().DiagnosticLines();

        Assert.Equal(["theme/static/read\\nme.txt:1:1: error OUT002: 'read\\nme.txt' has a line break or another control character in its name, which cannot be part of a URL; rename the file"], lines);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("\u0000\u001b\u007f\u0085", "\\u0000\\u001B\\u007F\\u0085")]
    [InlineData("evil\u202Etxt.yml", "evil\\u202Etxt.yml")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("café — ok", "café — ok")]
    public void ADiagnostic_ShowsEveryControlCharacterWrittenOut(string text, string shown)
    {
        Assert.Equal(shown, Printable.Of(text));
        Assert.Equal($"{shown}:1:1: error X001: {shown}", new Diagnostic(SourceSpan.File(text), Severity.Error, "X001", text).ToString());
    }
}
