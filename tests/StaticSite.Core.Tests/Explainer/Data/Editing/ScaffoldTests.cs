using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Data.Editing;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Core.Tests.Explainer.Data.Editing;

/// <summary>The text 'new' writes: every required field given, every optional one commented out, any title kept exactly.</summary>
public sealed class ScaffoldTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    public static TheoryData<string> Kinds() => [.. EntityKind.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryRequiredField_IsGiven_AndEveryOptionalOne_IsThereCommentedOut(string name)
    {
        var kind = EntityKind.Named(name)!;
        var text = Scaffold.Text(kind, "new-one", null, Today, _ => 7);
        var fields = Fields(kind, text);

        Assert.Equal(kind.Fields.Where(f => f.Required).Select(f => f.Name), fields.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        foreach (var optional in kind.Fields.Where(f => !f.Required)) Assert.Contains($"\n# {optional.Name}:", text, StringComparison.Ordinal);
        Assert.Contains(Scaffold.Marker, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachChoice_ListsItsAllowedValues_FromTheReader(string name)
    {
        var kind = EntityKind.Named(name)!;
        var text = Scaffold.Text(kind, "new-one", null, Today, _ => 7);
        foreach (var choice in kind.Fields.Where(f => f.Type == FieldType.Choice)) Assert.Contains("one of " + string.Join(", ", choice.Allowed), text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgency_ListsCountriesAndKinds_AsTheBuildChecksThem()
    {
        var text = Scaffold.Text(EntityKind.Agency, "new-one", null, Today, _ => 1);
        Assert.Contains("country: UK  # TODO: required: one of UK, US\n", text, StringComparison.Ordinal);
        Assert.Contains("kind: signals  # TODO: required: one of signals, human, policy, oversight\n", text, StringComparison.Ordinal);
        Assert.Contains("founded: 2026-12-06  # TODO: required: a date: YYYY-MM-DD, YYYY-MM or YYYY", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plain")]
    [InlineData("A \"quoted\" title: with # a hash, a \\ backslash and 'quotes'")]
    [InlineData("- starts like a list item")]
    [InlineData("{ looks: like a mapping }")]
    [InlineData("Line one\nline two\ttab")]
    [InlineData("Ünïcödé — and an emoji 🛰️")]
    [InlineData("null")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u2028\u2029\u0085\u0001\u007F")]
    public void ATitle_IsWrittenSoYamlReadsItBackExactly(string title)
    {
        var text = Scaffold.Text(EntityKind.Episode, "new-one", title, Today, _ => 1);
        Assert.Equal(title, ((YamlScalarNode)Fields(EntityKind.Episode, text).Children[new YamlScalarNode("title")]).Value);
    }

    private static YamlMappingNode Fields(EntityKind kind, string text)
    {
        if (kind.IsMarkdown) text = text[4..text.IndexOf("\n---", 4, StringComparison.Ordinal)];
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
