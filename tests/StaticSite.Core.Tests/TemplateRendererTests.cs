using StaticSite.Core.Diagnostics;
using StaticSite.Core.IO;
using StaticSite.Core.Templates;
using Xunit;

namespace StaticSite.Core.Tests;

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

    private static string Render(string frame)
    {
        using var writer = new StringWriter();
        RendererOf(frame).Render("page", "frame", new Dictionary<string, object?> { ["title"] = "<b>" }, writer);
        return writer.ToString();
    }

    private static TemplateRenderer RendererOf(string frame)
    {
        var files = SiteFiles.FromMemory(new Dictionary<string, string>
        {
            ["theme/layouts/frame.liquid"] = frame,
            ["theme/layouts/page.liquid"] = PageLayout,
        });
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(files, diagnostics, asset => "/" + asset);
        Assert.True(diagnostics.IsEmpty);
        return renderer;
    }
}
