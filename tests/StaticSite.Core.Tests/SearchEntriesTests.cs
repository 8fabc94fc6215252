using System.Text;
using StaticSite.Core.Explainer;
using StaticSite.Core.IO;
using StaticSite.Core.Search;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests;

public sealed class SearchEntriesTests
{
    private static string Written(SearchEntries entries, params string[] more)
    {
        using var stream = new MemoryStream();
        entries.WriteTo(stream, more.Select(Encoding.UTF8.GetBytes));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WritesEntriesInPageOrder_WhateverOrderTheyCameIn_SkippingPagesWithout()
    {
        var entries = new SearchEntries(4);
        entries.Add(3, "{\"u\":\"/d/\"}"u8);
        entries.Add(0, "{\"u\":\"/a/\"}"u8);
        entries.Add(2, "{\"u\":\"/c/\"}"u8);

        Assert.Equal("[{\"u\":\"/a/\"},{\"u\":\"/c/\"},{\"u\":\"/d/\"},{\"u\":\"/person/\"}]", Written(entries, "{\"u\":\"/person/\"}"));
    }

    [Fact]
    public void WithNoEntriesAtAll_WritesAnEmptyArray() => Assert.Equal("[]", Written(new SearchEntries(2)));

    [Fact]
    public void KeepsEntriesLargerThanABlock_AndThoseAroundThem_Whole()
    {
        var large = "{\"b\":\"" + new string('x', 3 << 20) + "\"}";
        var entries = new SearchEntries(3);
        entries.Add(0, "{\"u\":\"/a/\"}"u8);
        entries.Add(1, Encoding.UTF8.GetBytes(large));
        entries.Add(2, "{\"u\":\"/c/\"}"u8);

        Assert.Equal($"[{{\"u\":\"/a/\"}},{large},{{\"u\":\"/c/\"}}]", Written(entries));
    }

    [Fact]
    public void TheIndexWrittenIntoStaging_IsTheIndexBuiltInMemory()
    {
        using var output = new TempFolder();
        var inMemory = RealSite.Text("/search/index.json");

        var built = ExplainerSite.Build(SiteFiles.FromDisk(Path.Combine(RealSite.Root, "input"), Path.Combine(RealSite.Root, "theme"), RealSite.Root), output.Path, cancellation: TestContext.Current.CancellationToken);

        var index = Assert.Single(built.Written, d => d.Destination == "search/index.json");
        Assert.Equal(Path.Combine(output.Path, "search", "index.json"), index.ContentFile);
        Assert.Equal(inMemory, File.ReadAllText(index.ContentFile!));
    }
}
