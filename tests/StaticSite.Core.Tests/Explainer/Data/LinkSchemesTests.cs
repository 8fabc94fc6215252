using StaticSite.Explainer.Data;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Markdown;

namespace StaticSite.Core.Tests.Explainer.Data;

/// <summary>Which URLs content may link to: the scheme as a browser reads it, whatever its spelling (LINK003).</summary>
public sealed class LinkSchemesTests
{
    // url, the scheme refused (null: the URL is allowed).
    public static TheoryData<string, string?> Urls() => new()
    {
        // Allowed: pages of the site, the web, mail, telephone.
        { "/agencies/gchq/", null },
        { "../reciprocity/", null },
        { "gchq/", null },
        { "#wartime-roots", null },
        { "?q=a", null },
        { "", null },
        { "//example.org/x", null },
        { "./a:b", null },
        { "/search/?u=javascript:alert(1)", null }, // the scheme is read at the start only
        { "https://example.org/", null },
        { "HTTPS://EXAMPLE.ORG/", null },
        { "http://example.org/", null },
        { "mailto:editor@example.org", null },
        { "MailTo:editor@example.org", null },
        { "tel:+441234567890", null },
        { "xref:agency/gchq", "xref" }, // resolved before this is asked; one left over is no link
        // Refused, as written.
        { "javascript:alert(1)", "javascript" },
        { "javascript://%0Aalert(document.domain)", "javascript" },
        { "JaVaScRiPt:alert(1)", "javascript" },
        { "JAVASCRIPT:alert(1)", "javascript" },
        { "vbscript:msgbox(1)", "vbscript" },
        { "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data" },
        { "data:image/png;base64,iVBORw0KGgo=", "data" },
        { "file:///etc/passwd", "file" },
        { "ftp://example.org/", "ftp" },
        { "blob:https://example.org/x", "blob" },
        { "foo:bar", "foo" },
        { "a:b", "a" },
        { "x-custom+scheme.v1:payload", "x-custom+scheme.v1" },
        // Refused however a browser would still read the scheme: spaces and controls at either end, tabs and
        // line breaks anywhere.
        { " javascript:alert(1)", "javascript" },
        { "\u0001javascript:alert(1)", "javascript" },
        { "\u0000\u001F javascript:alert(1)", "javascript" },
        { "javascript:alert(1)\u0000", "javascript" },
        { "java\tscript:alert(1)", "javascript" },
        { "java\nscript:alert(1)", "javascript" },
        { "java\r\nscript:alert(1)", "javascript" },
        { "\tjava\tscript\t:alert(1)", "javascript" },
        { "javascript\n:alert(1)", "javascript" },
        // Refused once percent-decoded, in case something on the way decodes it.
        { "%6Aavascript:alert(1)", "javascript" },
        { "%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)", "javascript" },
        { "javascript%3Aalert(1)", "javascript" },
        { "%20javascript:alert(1)", "javascript" },
        { "java%09script:alert(1)", "javascript" },
        { "java%0Ascript:alert(1)", "javascript" },
        // Not a scheme to a browser either: a character no scheme can hold comes before the colon.
        { "java script:alert(1)", null },
        { "\u00A0javascript:alert(1)", null },
        { "java\u200Bscript:alert(1)", null },
        { "1javascript:alert(1)", null },
        { "/javascript:alert(1)", null },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Refused_NamesTheSchemeOfEveryUnsafeSpelling_AndNoneOfTheAllowedOnes(string url, string? refused)
    {
        Assert.Equal(refused, LinkSchemes.Refused(url));
    }

    [Theory]
    [InlineData("https://example.org/page", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("HTTPS://example.org/", true)]
    [InlineData("javascript://example.org/%0Aalert(1)", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("mailto:a@example.org", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("/relative/", false)]
    [InlineData("example.org", false)]
    [InlineData("https:///nohost", false)]
    [InlineData(" https://example.org/", false)]
    [InlineData("https://example.org/\n", false)]
    [InlineData("https://exa\tmple.org/", false)]
    [InlineData("https://example.org/a b", false)]
    public void IsWebAddress_OnlyForAbsoluteHttpAndHttpsWithNoSpaceOrControl(string url, bool expected)
    {
        Assert.Equal(expected, LinkSchemes.IsWebAddress(url));
    }

    public static TheoryData<string, string> InMarkdown() => new()
    {
        { "[x](javascript:alert(1))", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "[x](JaVaScRiPt:alert(1))", "link to 'JaVaScRiPt:alert(1)' uses 'javascript:'" },
        { "[x](&#106;avascript:alert(1))", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "[x](&#x6A;avascript&colon;alert(1))", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "[x](java&#9;script:alert(1))", "link to 'java\\tscript:alert(1)' uses 'javascript:'" },
        { "[x](&#1;javascript:alert(1))", "link to '\\u0001javascript:alert(1)' uses 'javascript:'" },
        { "[x](<javascript:alert(1)>)", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "[x](%6Aavascript:alert(1))", "link to '%6Aavascript:alert(1)' uses 'javascript:'" },
        { "![x](javascript:alert(1))", "image 'javascript:alert(1)' uses 'javascript:'" },
        { "![x](data:image/svg+xml;base64,PHN2Zz4=)", "image 'data:image/svg+xml;base64,PHN2Zz4=' uses 'data:'" },
        { "<javascript:alert(1)>", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "<VBScript:msgbox(1)>", "link to 'VBScript:msgbox(1)' uses 'vbscript:'" },
        { "[x][r]\n\n[r]: javascript:alert(1)", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "[r][]\n\n[r]: javascript:alert(1)", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "[r]\n\n[r]: javascript:alert(1)", "link to 'javascript:alert(1)' uses 'javascript:'" },
        { "![x][r]\n\n[r]: data:text/html,x", "image 'data:text/html,x' uses 'data:'" },
    };

    [Theory]
    [MemberData(nameof(InMarkdown))]
    public void AnUnsafeLinkInASection_IsLink003AtTheLink(string markdown, string expected)
    {
        var lines = BuildWithSection(markdown);

        var error = Assert.Single(lines);
        Assert.StartsWith("input/sections/start.md:6:1: error LINK003: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](https://example.org/a)")]
    [InlineData("[x](HTTP://example.org/a)")]
    [InlineData("<https://example.org/>")]
    [InlineData("[x](mailto:editor@example.org)")]
    [InlineData("<editor@example.org>")]
    [InlineData("[x](tel:+441234567890)")]
    [InlineData("[x](xref:agency/gchq)")]
    [InlineData("[x](XREF:agency/gchq)")]
    [InlineData("[x](#main)")]
    public void ASafeLink_BuildsWithoutFetchingAnything(string markdown)
    {
        // No network here: a fetched link would fail or hang in the sandbox; the check only reads the scheme.
        Assert.Empty(BuildWithSection(markdown));
    }

    [Fact]
    public void AReferenceLink_IsReportedWhereItIsUsed_AndNamesTheLineOfItsAddress()
    {
        var error = Assert.Single(BuildWithSection("See [x][r].\n\n[r]: javascript:alert(1)"));

        Assert.StartsWith("input/sections/start.md:6:5: error LINK003: ", error, StringComparison.Ordinal);
        Assert.EndsWith("(its address is given on line 8)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsafeLinkInAYamlBody_IsReportedAtItsLineAndColumnInTheYamlFile()
    {
        var site = new TestSite();
        var episode = site.Files["input/episodes/ukusa.yml"].Replace("It covers signals intelligence.", "It covers [signals](javascript:alert(1)).", StringComparison.Ordinal);

        var lines = site.With("input/episodes/ukusa.yml", episode).Build().DiagnosticLines();

        var error = Assert.Single(lines);
        var at = episode.Split('\n').Select((l, i) => (Line: i + 1, Column: l.IndexOf("[signals]", StringComparison.Ordinal) + 1)).Single(p => p.Column > 0);
        Assert.StartsWith($"input/episodes/ukusa.yml:{at.Line}:{at.Column}: error LINK003: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsafeUrlFromALayout_IsLink003AtTheLayout()
    {
        var site = new TestSite();
        var layout = site.Files["theme/layouts/about.liquid"] + "\n<a href=\"javascript:alert(1)\">x</a>\n";

        var lines = site.With("theme/layouts/about.liquid", layout).Build().DiagnosticLines();

        Assert.Equal(["theme/layouts/about.liquid:1:1: error LINK003: " + MarkdownRenderer.RefusedMessage(image: false, "javascript:alert(1)", "javascript") + " (on /about/)"], lines);
    }

    [Theory]
    [InlineData("input/sources/article.yml", "url: https://example.org/article", "url: javascript://example.org/%0Aalert(1)")]
    [InlineData("input/site.yml", "url: https://creativecommons.org/licenses/by/4.0/", "url: data:text/html,x")]
    [InlineData("input/site.yml", "url: https://example.org/article", "url: JavaScript:alert(1)")]
    public void AnUnsafeUrlInAData_Field_IsData003AtTheValue(string path, string good, string bad)
    {
        var site = new TestSite();
        var text = site.Files[path].Replace(good, bad, StringComparison.Ordinal);
        Assert.NotEqual(site.Files[path], text);

        var error = Assert.Single(site.With(path, text).Build().DiagnosticLines());

        var line = text.Split('\n').ToList().FindIndex(l => l.Contains(bad, StringComparison.Ordinal)) + 1;
        var column = text.Split('\n')[line - 1].IndexOf("url:", StringComparison.Ordinal) + "url: ".Length + 1;
        Assert.StartsWith($"{path}:{line}:{column}: error DATA003: 'url' must be a web address", error, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> BuildWithSection(string markdown) =>
        new TestSite().With("input/sections/start.md", $"---\ntitle: The start\norder: 1\nsummary: How it began.\n---\n{markdown}\n").Build().DiagnosticLines();
}
