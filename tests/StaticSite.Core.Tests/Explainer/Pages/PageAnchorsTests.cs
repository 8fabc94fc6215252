using Xunit;
using AngleSharp.Html.Parser;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;

namespace StaticSite.Core.Tests.Explainer.Pages;

/// <summary>PageAnchors must read the same ids and URLs as a full HTML parser (AngleSharp) would.</summary>
public sealed class PageAnchorsTests
{
    [Theory]
    [InlineData("<a href=\"/x/\">x</a><a href='/y/#z' id=top>y</a>")]
    [InlineData("<A HREF=/up/ ID=Caps>x</A><img src=\"i.png\" alt=\"a > b\"><link rel=stylesheet href=/s.css>")]
    [InlineData("<a href=\"/a?x=1&amp;y=2#b%20c\">e</a><p id=\"&lt;odd&gt;\">t</p>")]
    [InlineData("<!-- <a href=\"/hidden/\"> --><a href=\"/shown/\">s</a>")]
    [InlineData("<script>var s = '<a href=\"/not-a-link/\">';</script><script src=\"/app.js\"></script>")]
    [InlineData("<title>a <a href=/t/> b</title><textarea><img src=/no.png></textarea><style>p{}</style><a href=/after/>")]
    [InlineData("<a href=\"/one/\" href=\"/two/\" id=first id=second>d</a><div id></div><a href>e</a>")]
    [InlineData("<!DOCTYPE html><p>1 < 2 and 3 <= 4</p><a href=\"/ok/\">ok</a></a ><br/><a/href=/slash/>")]
    public void Scan_ReadsWhatAngleSharpReads(string html) => AssertSameAsAngleSharp(html);

    [Fact]
    public void Scan_KeepsEachIdAndUrlOnce_AndDefinesFindsOnlyThoseIds()
    {
        var anchors = PageAnchors.Scan("<p id=a>1</p><p id=b>2</p><p id=a>3</p><a href=/x/>x</a><a href=/x/>again</a>");
        Assert.Equal(["a", "b"], anchors.Ids);
        Assert.Equal(["/x/"], anchors.Urls);
        Assert.True(anchors.Defines("b"));
        Assert.False(anchors.Defines("c"));
        Assert.False(anchors.Defines("A"));
    }

    [Fact]
    public void Scan_NamesEachIdThatMoreThanOneElementHas_OnceInOrder()
    {
        var anchors = PageAnchors.Scan("<p id=b>1</p><main id=main><p id=a>2</p><p id=b>3</p><section id=main><p id=b>4</p><p id=&#97;>5</p>");

        Assert.Equal(["b", "main", "a"], anchors.DuplicateIds);
        Assert.Empty(PageAnchors.Scan("<p id=a></p><p id=b></p><a href=/a/></a><a href=/a/></a>").DuplicateIds);
    }

    [Fact]
    public void Scan_OfOnePage_DoesNotCarryIntoTheNext()
    {
        PageAnchors.Scan("<p id=first></p><a href=/first/>f</a>");
        PageAnchors.Scan("<p id=twice></p><p id=twice></p>");
        var second = PageAnchors.Scan("<p id=second></p><a href=/second/>s</a>");
        Assert.Equal(["second"], second.Ids);
        Assert.Empty(second.DuplicateIds);
        Assert.Equal(["/second/"], second.Urls);
    }

    [Fact]
    public void Scan_OnEveryPageOfTheRealSite_ReadsWhatAngleSharpReads()
    {
        var root = RepositoryRoot();
        var files = SiteFiles.FromDisk(Path.Combine(root, "input"), Path.Combine(root, "theme"), root);
        var result = ExplainerSite.Build(files, null, cancellation: TestContext.Current.CancellationToken);
        var pages = result.Written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages) AssertSameAsAngleSharp(page.ReadText());
    }

    private static void AssertSameAsAngleSharp(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var urls = document.QuerySelectorAll("a[href], link[href], img[src], script[src]")
            .Select(e => e.GetAttribute(e.LocalName is "img" or "script" ? "src" : "href")!)
            .Distinct(StringComparer.Ordinal).ToList();
        var anchors = PageAnchors.Scan(html);
        Assert.Equal(ids.Order(StringComparer.Ordinal), anchors.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(urls, anchors.Urls);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticSite.sln not found above the test folder");
    }
}
