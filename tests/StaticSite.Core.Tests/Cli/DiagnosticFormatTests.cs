using System.Text.Json;
using StaticSite.Cli.Reporting;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Core.Tests.Cli;

/// <summary>Diagnostics for machines: GitHub's workflow commands, escaped as its runner reads them, and JSON lines.</summary>
public sealed class DiagnosticFormatTests
{
    private static readonly Diagnostic Error = new(new SourceSpan("input/episodes/uk-huawei.yml", 5, 12), Severity.Error, "DATA004",
        "agency 'gchk' is not defined in input/agencies/ (did you mean 'gchq'?)");

    [Fact]
    public void GitHub_WritesAnErrorCommand_WithFileLineColumnAndTheCodeAsTitle()
    {
        Assert.Equal("::error file=input/episodes/uk-huawei.yml,line=5,col=12,title=DATA004::agency 'gchk' is not defined in input/agencies/ (did you mean 'gchq'?)",
            GitHubCommands.Of(Error));
    }

    [Fact]
    public void GitHub_AWarning_IsAWarningCommand_AndItsNoteFollowsOnANewLine()
    {
        var warning = new Diagnostic(new SourceSpan("theme/layouts/episode.liquid", 9, 5), Severity.Warning, "TPL002", "undefined variable", "while rendering input/episodes/a.yml");

        Assert.Equal("::warning file=theme/layouts/episode.liquid,line=9,col=5,title=TPL002::undefined variable%0Anote: while rendering input/episodes/a.yml",
            GitHubCommands.Of(warning));
    }

    [Fact]
    public void GitHub_EscapesPercentAndLineBreaks_InTheMessage_AndCommasAndColonsToo_InProperties()
    {
        var odd = new Diagnostic(new SourceSpan("input/a,b:c%.yml", 1, 1), Severity.Error, "X:1,2", "100% sure: a, b");

        Assert.Equal("::error file=input/a%2Cb%3Ac%25.yml,line=1,col=1,title=X%3A1%2C2::100%25 sure: a, b", GitHubCommands.Of(odd));
        Assert.Equal("a%25%0D%0Ab", GitHubCommands.Data("a%\r\nb"));
        Assert.Equal("a%3Ab%2Cc%0A", GitHubCommands.Property("a:b,c\n"));
    }

    [Fact]
    public void GitHub_ALineBreakInAFileName_CannotEndTheCommand()
    {
        var broken = new Diagnostic(new SourceSpan("input/a\n::error::forged.yml", 1, 1), Severity.Error, "DATA001", "x");

        var command = GitHubCommands.Of(broken);

        Assert.DoesNotContain('\n', command);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(command, "::error"));
    }

    [Fact]
    public void Json_IsOneObjectOnOneLine_WithEveryField()
    {
        var withNote = Error with { Note = "while rendering\nthe page" };

        var line = JsonDiagnostics.Of(withNote);

        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("input/episodes/uk-huawei.yml", root.GetProperty("path").GetString());
        Assert.Equal(5, root.GetProperty("line").GetInt32());
        Assert.Equal(12, root.GetProperty("column").GetInt32());
        Assert.Equal("error", root.GetProperty("severity").GetString());
        Assert.Equal("DATA004", root.GetProperty("code").GetString());
        Assert.Equal(Error.Message, root.GetProperty("message").GetString());
        Assert.Equal(["while rendering\nthe page"], root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["path", "line", "column", "severity", "code", "message", "notes"], root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_KeepsQuotesAndLetters_AsTheyAre()
    {
        var odd = Error with { Message = "'country' must be one of UK, US, not 'Éire'" };

        Assert.Equal("{\"path\":\"input/episodes/uk-huawei.yml\",\"line\":5,\"column\":12,\"severity\":\"error\",\"code\":\"DATA004\",\"message\":\"'country' must be one of UK, US, not 'Éire'\",\"notes\":[]}",
            JsonDiagnostics.Of(odd));
    }

    [Fact]
    public void Json_WithoutANote_HasAnEmptyList()
    {
        using var json = JsonDocument.Parse(JsonDiagnostics.Of(Error));

        Assert.Equal(0, json.RootElement.GetProperty("notes").GetArrayLength());
    }
}
