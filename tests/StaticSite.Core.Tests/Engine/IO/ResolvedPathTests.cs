using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Engine.IO;

public sealed class ResolvedPathTests
{
    [Fact]
    public void LinksInAnyPart_AreFollowed_AndAMissingTailIsKept()
    {
        using var temp = new TempFolder();
        var real = Directory.CreateDirectory(Path.Combine(temp.Path, "real", "site")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "link"), "real"); // relative to the link's folder
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "to-site"), real);

        Assert.Equal(real, ResolvedPath.Of(Path.Combine(temp.Path, "link", "site")));
        Assert.Equal(real, ResolvedPath.Of(Path.Combine(temp.Path, "to-site")));
        Assert.Equal(Path.Combine(real, "not", "yet"), ResolvedPath.Of(Path.Combine(temp.Path, "to-site", "not", "yet")));
    }

    [Fact]
    public void ALoopOfLinks_IsAnIOException_NotAHang()
    {
        using var temp = new TempFolder();
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "b"), Path.Combine(temp.Path, "a"));

        Assert.Throws<IOException>(() => ResolvedPath.Of(Path.Combine(temp.Path, "a", "output")));
    }

    [Theory]
    [InlineData("/a/b", "/a/b", true)]
    [InlineData("/a/b/c", "/a/b", true)]
    [InlineData("/a/b/", "/a/b", true)]
    [InlineData("/a/bc", "/a/b", false)] // a shared prefix is not a parent
    [InlineData("/a", "/a/b", false)]
    [InlineData("/anything", "/", true)]
    public void IsSameOrInside_ComparesWholeFolderNames(string path, string folder, bool expected) =>
        Assert.Equal(expected, ResolvedPath.IsSameOrInside(path, folder));
}
