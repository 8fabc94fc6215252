using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Html;
using Xunit;
using StaticSite.Explainer.Data;
using StaticSite.Explainer.Pages;

namespace StaticSite.Core.Tests.Explainer.Templates;

/// <summary>A page's layout rendered inside the base layout, where the base layout writes <c>content</c>.</summary>
public sealed class TemplateRendererTests
{
    // The page layout's own text is written as it is; the value it shows from the model is encoded.
    private const string PageLayout = "<p>{{ title }} & more</p>";

    [Theory]
    [InlineData("<main>{{ content | raw }}</main>", "<main><p>&lt;b&gt; & more</p></main>")] // the page layout's HTML as it is
    [InlineData("{{ content }}", "&lt;p&gt;&amp;lt;b&amp;gt; &amp; more&lt;/p&gt;")]             // encoded like any other text
    [InlineData("{{ content | strip_html }}", "&amp;lt;b&amp;gt; &amp; more")]                    // through a filter: its output as text
    [InlineData("{{ title | raw }}|{{ title }}", "<b>|&lt;b&gt;")]                                // raw of any other value: Fluid's own
    public void TheBaseLayout_WritesThePageLayout_AsItAsks(string baseLayout, string written)
    {
        Assert.Equal(written, Render(baseLayout));
    }

    [Theory]
    [InlineData("{{ html.made | raw }}|{{ html.drawn | raw }}", "<p>made</p>|<svg>a &amp; b</svg>")] // as it is, the drawing straight into the page
    [InlineData("{{ html.made }}|{{ html.drawn }}", "&lt;p&gt;made&lt;/p&gt;|&lt;svg&gt;a &amp;amp; b&lt;/svg&gt;")] // encoded like any other text
    [InlineData("{% if html.drawn %}shown{% endif %}{% if html.missing %}never{% endif %}", "shown")]
    public void HtmlTheBuildMade_IsWrittenWhereTheLayoutAsks(string layout, string written)
    {
        var fragments = new Dictionary<string, HtmlFragment>
        {
            ["made"] = HtmlFragment.Of("<p>made</p>"),
            ["drawn"] = HtmlFragment.Drawn(into => into.Append("<svg>a &amp; b</svg>")),
        };
        using var writer = new StringWriter();
        writer.Write("<main>"); // what the page holds already

        RendererOf(layout).Render("page", "frame", new Dictionary<string, object?> { ["html"] = TemplateRenderer.Fragments(fragments) }, writer);

        Assert.Equal("<main>" + written, writer.ToString());
    }

    // What the layouts do with records: properties, nested records, lists of them (empty too), of text, sizes,
    // missing values and comparisons.
    private const string RecordLayout =
        "{{ page.Title }}|{% for crumb in page.Breadcrumbs %}{{ crumb.Text }}{% if crumb.Url == page.Url %}*{% endif %}{% if crumb.Note %}({{ crumb.Note }}){% endif %};{% endfor %}" +
        "|{{ page.Breadcrumbs.size }}|{{ page.Markdown.size }}|{{ data.Section.Title }}:{% for point in data.Section.KeyPoints %}{{ point }},{% endfor %}" +
        "|{{ data.Previous.Text }}({{ data.Previous.Note }}){{ data.Next.Text }}|{% if data.Next %}next{% else %}none{% endif %}|{{ data.Missing }}";

    [Fact]
    public void NamedRecords_ReadAsFluidReadsThemItself()
    {
        var page = APage();
        var model = new Dictionary<string, object?> { ["page"] = page, ["data"] = page.Data };

        var named = Render(RecordLayout, model, LayoutRecords.Are);

        Assert.Equal(Render(RecordLayout, model, isRecord: null), named);
        Assert.Equal("The &lt;story&gt;|Home;The story*;|2|0|Intro &amp; aims:first,second,|Before(earlier)|none|", named);
    }

    [Fact]
    public void ASharedValue_ReadsAsTheRecordItWasMadeFrom()
    {
        var page = APage();
        var renderer = RendererOf(RecordLayout, LayoutRecords.Are);

        var shared = renderer.Shared(page);

        Assert.IsType<Fluid.Values.DictionaryValue>(shared);
        Assert.Equal(Render(RecordLayout, new() { ["page"] = page, ["data"] = page.Data }, LayoutRecords.Are),
            Render(RecordLayout, new() { ["page"] = shared, ["data"] = renderer.Shared(page.Data) }, LayoutRecords.Are));
    }

    private static Page APage()
    {
        var at = SourceSpan.File("input/sections/one.md");
        var section = new Section("one", at, "Intro & aims", 1, "A summary", ["first", "second"], null, false, [], new MarkdownText("Body", at, 0));
        var view = new SectionView(section, 1, 1, new Link("Before", "/before/", "earlier"), null, 3, null, []);
        var contents = new PageKind("list", PageKind.PlainLabel, (_, _) => []) { Url = "/sections/one/", Navigation = "The story", View = typeof(ListView) };
        var kind = new PageKind("section", "Chapter", (_, _) => []) { Parent = contents, View = typeof(SectionView) };
        return new Page("/sections/one/", kind, "The <story>", "About it", at, view, [], []);
    }

    private static string Render(string layout, Dictionary<string, object?> model, Func<object, bool>? isRecord)
    {
        using var writer = new StringWriter();
        RendererOf(layout, isRecord).Render("page", "frame", model, writer);
        return writer.ToString();
    }

    private static string Render(string frame)
    {
        using var writer = new StringWriter();
        RendererOf(frame).Render("page", "frame", new Dictionary<string, object?> { ["title"] = "<b>" }, writer);
        return writer.ToString();
    }

    private static TemplateRenderer RendererOf(string frame, Func<object, bool>? isRecord = null)
    {
        var files = SiteFiles.FromMemory(new Dictionary<string, string>
        {
            ["theme/layouts/frame.liquid"] = frame,
            ["theme/layouts/page.liquid"] = PageLayout,
        });
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(files, diagnostics, asset => "/" + asset, isRecord);
        Assert.True(diagnostics.IsEmpty);
        return renderer;
    }
}
