using System.Text;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Outputs.Search;
using StaticSite.Core.Tests.Support;
using Xunit;
using StaticSite.Engine.Documents;

namespace StaticSite.Core.Tests.Explainer.Outputs.Search;

public sealed class SearchIndexWriterTests
{
    private static string Index(int pages, Action<SearchIndexWriter> add, params string[] more)
    {
        using var stream = new MemoryStream();
        var writer = new SearchIndexWriter(stream, pages);
        add(writer);
        writer.Finish(more.Select(Encoding.UTF8.GetBytes));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WritesEntriesInPageOrder_WhateverOrderTheyCameIn_SkippingPagesWithout()
    {
        var index = Index(5, w =>
        {
            w.Add(3, "{\"u\":\"/d/\"}"u8);
            w.Add(1, []);
            w.Add(0, "{\"u\":\"/a/\"}"u8);
            w.Add(4, "{\"u\":\"/e/\"}"u8);
            w.Add(2, "{\"u\":\"/c/\"}"u8);
        }, "{\"u\":\"/person/\"}");

        Assert.Equal("[{\"u\":\"/a/\"},{\"u\":\"/c/\"},{\"u\":\"/d/\"},{\"u\":\"/e/\"},{\"u\":\"/person/\"}]", index);
    }

    [Fact]
    public void WritesAnEntryAsSoonAsEveryPageBeforeItHasReported()
    {
        using var stream = new MemoryStream();
        var writer = new SearchIndexWriter(stream, 3);

        writer.Add(1, "{\"u\":\"/b/\"}"u8);
        Assert.Equal(0, stream.Length);
        writer.Add(0, "{\"u\":\"/a/\"}"u8);

        Assert.Equal("[{\"u\":\"/a/\"},{\"u\":\"/b/\"}", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void WithNoEntriesAtAll_WritesAnEmptyArray() => Assert.Equal("[]", Index(2, w => { w.Add(0, []); w.Add(1, []); }));

    [Fact]
    public void APageThatNeverReported_DoesNotHoldBackTheEntriesAfterIt() =>
        Assert.Equal("[{\"u\":\"/c/\"}]", Index(3, w => w.Add(2, "{\"u\":\"/c/\"}"u8)));

    [Fact]
    public void TheIndexWrittenIntoStaging_IsTheIndexBuiltInMemory()
    {
        using var output = new TempFolder();
        var inMemory = RealSite.Text("/search/index.json");

        var files = SiteFiles.FromDisk(Path.Combine(RealSite.Root, "input"), Path.Combine(RealSite.Root, "theme"), RealSite.Root);
        var built = ExplainerSite.Build(files, output.Path, cancellation: TestContext.Current.CancellationToken);

        var index = Assert.Single(built.Written, d => d.Destination == "search/index.json");
        Assert.Equal(Path.Combine(output.Path, "search", "index.json"), (index.Content as FileContent)?.Path);
        Assert.Equal(inMemory, File.ReadAllText(((FileContent)index.Content!).Path));
    }
}
