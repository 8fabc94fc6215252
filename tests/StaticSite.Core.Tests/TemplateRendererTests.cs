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

    [Fact]
    public void ContentWrittenRaw_IsThePageLayoutsHtml_AsItIs()
    {
        Assert.Equal("<main><p>&lt;b&gt; & more</p></main>", Render("<main>{{ content | raw }}</main>"));
    }

    [Fact]
    public void ContentWrittenWithoutRaw_IsEncoded_LikeAnyOtherText()
    {
        Assert.Equal("&lt;p&gt;&amp;lt;b&amp;gt; &amp; more&lt;/p&gt;", Render("{{ content }}"));
    }

    [Fact]
    public void ContentThroughAFilter_IsThePageLayoutsOutputAsText()
    {
        Assert.Equal("&amp;lt;b&amp;gt; &amp; more", Render("{{ content | strip_html }}"));
    }

    [Fact]
    public void RawOfAnyOtherValue_IsFluidsOwn()
    {
        Assert.Equal("<b>|&lt;b&gt;", Render("{{ title | raw }}|{{ title }}"));
    }

    private static string Render(string frame)
    {
        var files = SiteFiles.FromMemory(new Dictionary<string, string>
        {
            ["theme/layouts/frame.liquid"] = frame,
            ["theme/layouts/page.liquid"] = PageLayout,
        });
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(files, diagnostics, asset => "/" + asset);
        Assert.True(diagnostics.IsEmpty);
        using var writer = new StringWriter();
        renderer.Render("page", "frame", new Dictionary<string, object?> { ["title"] = "<b>" }, writer);
        return writer.ToString();
    }
}
