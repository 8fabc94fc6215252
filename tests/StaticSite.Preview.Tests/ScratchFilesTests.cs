using StaticSite.Preview;

namespace StaticSite.Preview.Tests;

public sealed class ScratchFilesTests
{
    [Theory]
    [InlineData("sedLB2XA8")]          // sed -i
    [InlineData(".us-lobbying.yml.swp")]
    [InlineData("us-lobbying.yml.swp")]
    [InlineData("us-lobbying.yml~")]
    [InlineData("4913")]
    [InlineData(".#us-lobbying.yml")]
    [InlineData("#us-lobbying.yml#")]
    [InlineData("us-lobbying.yml.tmp")]
    [InlineData("us-lobbying.yml___jb_tmp___")]
    public void AnEditorsHelperFile_IsScratch(string name) => Assert.True(ScratchFiles.Are(name));

    [Theory]
    [InlineData("us-lobbying.yml")]
    [InlineData("sedan.yml")]
    [InlineData("sed-2020.md")]
    [InlineData("site.css")]
    [InlineData("4913.yml")]
    public void AContentOrThemeFile_IsNot(string name) => Assert.False(ScratchFiles.Are(name));
}
