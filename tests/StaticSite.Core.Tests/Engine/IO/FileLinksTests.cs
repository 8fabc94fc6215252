using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Engine.IO;

public sealed class FileLinksTests
{
    [Fact]
    public void LinkOrCopy_GivesTheSameBytes_AndReplacesAnOlderFile()
    {
        using var folder = new TempFolder();
        var cached = Path.Combine(folder.Path, "cached.png");
        var output = Path.Combine(folder.Path, "share.png");
        File.WriteAllBytes(cached, [1, 2, 3]);
        File.WriteAllBytes(output, [9, 9]);

        FileLinks.LinkOrCopy(cached, output);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(output));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(cached));
    }

    [Fact]
    public void DeletingTheOutput_KeepsTheCachedFile()
    {
        using var folder = new TempFolder();
        var cached = Path.Combine(folder.Path, "cached.png");
        var output = Path.Combine(folder.Path, "share.png");
        File.WriteAllBytes(cached, [4, 5]);
        FileLinks.LinkOrCopy(cached, output);

        File.Delete(output);

        Assert.Equal([4, 5], File.ReadAllBytes(cached));
    }
}
