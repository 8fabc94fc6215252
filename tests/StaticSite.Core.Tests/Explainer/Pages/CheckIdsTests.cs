using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>
/// No page has two elements with one id: a person, glossary term or source whose id another element of its page has
/// is DATA020 at its file; a heading that repeats an id is LINK004 at the heading.
/// </summary>
public sealed class CheckIdsTests
{
    private const string Person = "name: Someone\nrole: Official\nsummary: Someone.\nsources: [article]\n";

    [Theory]
    [InlineData("input/people/main.yml", Person, "person 'main' has the id 'main', which another element on /people/ has too (one written at theme/layouts/base.liquid:44:7)")]
    [InlineData("input/glossary/main.yml", "term: Mainframe\nshort: A big computer.\n", "glossary term 'main' has the id 'main', which another element on /glossary/ has too (one written at theme/layouts/base.liquid:44:7)")]
    [InlineData("input/sources/main.yml", "title: T\npublisher: P\nurl: https://example.org/t\nkind: news\n", "source 'main' has the id 'main', which another element on /sources/ has too (one written at theme/layouts/base.liquid:44:7)")]
    [InlineData("input/people/source-1.yml", Person, "person 'source-1' has the id 'source-1', which another element on /people/ has too (one written at theme/partials/sources.liquid:6:9)")]
    [InlineData("input/people/cite-1-1.yml", Person + "body: |\n  Said so [@article].\n", "person 'cite-1-1' has the id 'cite-1-1', which another element on /people/ has too (a citation mark ([@...]))")]
    [InlineData("input/people/author-name.yml", Person, "person 'author-name' has the id 'author-name', which another element on /people/ has too (an element the layout makes for person 'author' (input/people/author.yml))")]
    public void AnEntityWhoseIdIsTakenOnItsPage_IsData020AtItsFile(string path, string yaml, string message)
    {
        var lines = new TestSite().With(path, yaml).Build().DiagnosticLines();

        var error = Assert.Single(lines);
        Assert.StartsWith($"{path}:1:1: error DATA020: {message}", error, StringComparison.Ordinal);
        Assert.EndsWith($"rename {Path.GetFileName(path)} to an id that is free on that page", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntityWhoseIdIsAHeadingOnItsPage_IsData020_NamingTheHeading()
    {
        var site = new TestSite()
            .With("input/people/background.yml", Person)
            .With("input/people/author.yml", "name: A. Writer\nrole: Academic\nsummary: Wrote the article.\nsources: [article]\nbody: |\n  ## Background\n  Wrote it.\n");

        var error = Assert.Single(site.Build().DiagnosticLines());

        Assert.StartsWith("input/people/background.yml:1:1: error DATA020: person 'background' has the id 'background', which another element on /people/ has too (a heading at input/people/author.yml:6:3)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoBodiesOnOnePageWithTheSameHeading_IsLink004AtTheSecond()
    {
        var site = new TestSite()
            .With("input/people/author.yml", "name: A. Author\nrole: Academic\nsummary: Wrote the article.\nsources: [article]\nbody: |\n  ## Background\n  Wrote it.\n")
            .With("input/people/reader.yml", "name: B. Reader\nrole: Reader\nsummary: Read the article.\nsources: [article]\nbody: |\n  ## Background\n  Read it.\n");

        var lines = site.Build().DiagnosticLines();

        Assert.Equal(["input/people/reader.yml:6:3: error LINK004: this heading gets the id 'background', which another element on /people/ has too (a heading at input/people/author.yml:6:3), so a link to #background may land on the wrong one; reword the heading"], lines);
    }

    [Fact]
    public void AHeadingThatRepeatsAnIdOfTheLayout_IsLink004AtTheHeading()
    {
        var site = new TestSite().With("input/sections/start.md", "---\ntitle: The start\norder: 1\nsummary: How it began.\nkey_points: [It began.]\n---\n## Key points heading\n\nText.\n");

        var lines = site.Build().DiagnosticLines();

        Assert.Equal(["input/sections/start.md:7:1: error LINK004: this heading gets the id 'key-points-heading', which another element on /sections/start/ has too (one written at theme/layouts/section.liquid:12:13), so a link to #key-points-heading may land on the wrong one; reword the heading"], lines);
    }

    [Fact]
    public void TwoElementsOfTheLayoutWithOneId_IsLink004AtTheLayout()
    {
        var site = new TestSite();
        var layout = site.Files["theme/layouts/about.liquid"] + "\n<p id=\"what\">again</p>\n";

        var lines = site.With("theme/layouts/about.liquid", layout).Build().DiagnosticLines();

        Assert.Equal(["theme/layouts/about.liquid:6:7: error LINK004: /about/ has more than one element with the id 'what' (one written at theme/layouts/about.liquid:6:7; one written at theme/layouts/about.liquid:" + (layout.Split('\n').Length - 1) + ":4); give each element its own id"], lines);
    }

    [Fact]
    public void IdsThatAreFree_Build()
    {
        // "content" and "top" are ids of no element on these pages.
        Assert.Empty(new TestSite().With("input/people/content.yml", Person).With("input/glossary/top.yml", "term: Top\nshort: The top.\n").Build().DiagnosticLines());
    }
}
