using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Html;

namespace StaticSite.Core.Tests.Explainer.Templates;

/// <summary>What the checks at parse time find, and what they must leave alone.</summary>
public sealed class TemplateChecksTests
{
    private sealed record Item(string Text, string? Note);

    private sealed record View(string Title, string? Subtitle, IReadOnlyList<Item> Items, Item? Previous);

    private static readonly Dictionary<string, Type?> Shapes = new(StringComparer.Ordinal) { ["data"] = typeof(View), ["html"] = null };

    private static IReadOnlyList<string> Check(string layout, string? partial = null)
    {
        var files = new Dictionary<string, string> { ["theme/layouts/page.liquid"] = layout };
        if (partial is not null) files["theme/partials/row.liquid"] = partial;
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(SiteFiles.FromMemory(files), diagnostics, asset => "/" + asset);
        renderer.CheckNames(Shapes, [("page", typeof(View), "input/x.yml")], diagnostics);
        return diagnostics.ToSortedList().Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code} {d.Message}").ToList();
    }

    [Theory]
    [InlineData("{{ data.Title }}{{ data.Subtitle }}{% if data.Previous %}{{ data.Previous.Text }}{% endif %}")] // null values are fine
    [InlineData("{% for item in data.Items %}{{ item.Text }}{{ item.Note }}{{ forloop.index }}{% if forloop.last %}.{% endif %}{% endfor %}")]
    [InlineData("{{ data.Items.size }}{{ data.Items.first.Text }}{{ data.Title.size }}")]
    [InlineData("{% if html.map %}{{ html.map | raw }}{% endif %}{{ html[data.Title] }}")] // html may lack any key
    [InlineData("{% assign t = data.Title | upcase %}{{ t.anything }}{% capture c %}x{% endcapture %}{{ c }}")] // shapes not known are not checked
    [InlineData("{% comment %}{{ data.Nope | nosuchfilter }}{% endcomment %}{% raw %}{{ data.Nope }}{% endraw %}")]
    [InlineData("{% if data.Title == empty or data.Subtitle == nil %}{% endif %}{{ 'a | nosuch' }}")]
    public void ValidLayouts_GiveNothing(string layout)
    {
        Assert.Empty(Check(layout));
    }

    [Theory]
    [InlineData("<h1>{{ data.Titel }}</h1>", "1:8 TPL007 undefined variable 'data.Titel': View has no 'Titel' (did you mean 'Title'?)")]
    [InlineData("<h1>\n  {{ data.title }}", "2:6 TPL007 undefined variable 'data.title': View has no 'title' (did you mean 'Title'?)")]
    [InlineData("{{ episode.Title }}", "1:4 TPL007 undefined variable 'episode': there is no value named 'episode' here")]
    [InlineData("{% for item in data.Items %}{{ item.Txt }}{% endfor %}", "1:32 TPL007 undefined variable 'item.Txt': Item has no 'Txt' (did you mean 'Text'?)")]
    [InlineData("{% for item in data.Items %}{% endfor %}{{ item.Text }}", "1:44 TPL007 undefined variable 'item'")] // the loop's name ends with it
    [InlineData("{{ data.Items.count }}", "1:4 TPL007 undefined variable 'data.Items.count': a list has no 'count'")]
    [InlineData("<p title=\"{{ data.Title | upcase }}\">{{ data.Title | upcsae }}</p>", "1:54 TPL006 unknown filter 'upcsae' (did you mean 'upcase'?)")]
    [InlineData("x\n{%- render 'rows' -%}", "2:1 TPL005 the partial 'rows' does not exist in theme/partials/ (or input/partials/) (did you mean 'row'?)")]
    [InlineData("{% include 'nope' %}", "1:1 TPL005 the partial 'nope' does not exist")]
    [InlineData("{% for i in (0..1000000) %}{% endfor %}", "1:13 TPL011 the range (0..1000000) has 1,000,001 items")]
    [InlineData("{% for i in (1..data.Items.cuont) %}{{ i }}{% endfor %}", "1:17 TPL007 undefined variable 'data.Items.cuont': a list has no 'cuont'")]
    public void Faults_AreReportedWhereTheyAreWritten(string layout, string expected)
    {
        var found = Assert.Single(Check(layout, partial: "{{ row.Text }}"));
        Assert.StartsWith(expected, found, StringComparison.Ordinal);
    }

    [Fact]
    public void APartial_IsCheckedWithTheShapesItsTagGivesIt()
    {
        var found = Check("{% for item in data.Items %}{% render 'row', row: item %}{% endfor %}", partial: "{{ row.Text }}\n{{ row.Txet }}");

        Assert.Equal(["2:4 TPL007 undefined variable 'row.Txet': Item has no 'Txet' (did you mean 'Text'?); Liquid would write nothing here, and names are case-sensitive"], found);
    }

    [Fact]
    public void TheSameNameTwice_IsReportedAtEachPlace()
    {
        Assert.Equal(["1:4 TPL007", "1:24 TPL007"], Check("{{ data.Nope }} and {{ data.Nope }}").Select(l => string.Join(' ', l.Split(' ')[..2])));
    }

    [Fact]
    public void ThePageLimits_GrowWithTheSite_AndNeverFallBelowTheirLeast()
    {
        Assert.Equal(TemplateLimits.MinimumSteps, TemplateLimits.PageSteps(10));
        Assert.Equal(20_000_000, TemplateLimits.PageSteps(200_000));
        Assert.Equal(TemplateLimits.MinimumPageCharacters, TemplateLimits.PageCharacters(10));
        Assert.Equal(200_000 * 4096, TemplateLimits.PageCharacters(200_000));
        Assert.True(TemplateLimits.PageCharacters(int.MaxValue) <= Array.MaxLength);
    }

    [Fact]
    public void APageBufferWithALimit_FailsInAWayItKnows_AndTheNextPageStartsEmpty()
    {
        var buffer = new PageBuffer();
        var writer = buffer.Start(mostCharacters: 100_000);
        var e = Assert.ThrowsAny<Exception>(() =>
        {
            for (var i = 0; i < 1000; i++) writer.Write(new string('x', 1000));
        });
        Assert.True(PageBuffer.IsTooLong(e), e.ToString());
        buffer.Done();

        var next = buffer.Start(mostCharacters: 100_000);
        next.Write("<p>ok</p>");
        Assert.Equal("<p>ok</p>", buffer.Text());
    }
}
