using StaticSite.Engine.IO;
using Xunit;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>Which destinations stay inside output/ (a document naming another is OUT002).</summary>
public sealed class OutputPathsTests
{
    [Theory]
    [InlineData("index.html", true)]
    [InlineData("episodes/huawei-5g-decision/index.html", true)]
    [InlineData("assets/css/site.eaa3cd946b.css", true)]
    [InlineData("_redirects", true)]
    [InlineData("a.b/..c/index.html", true)] // dots inside a name are a name
    [InlineData("", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("../outside.html", false)]
    [InlineData("episodes/../../outside.html", false)]
    [InlineData("./index.html", false)]
    [InlineData("episodes/.", false)]
    [InlineData("episodes//index.html", false)]
    [InlineData("episodes/", false)]
    [InlineData("episodes\\index.html", false)]
    public void ADestination_IsSafe_OnlyWhenEverySegmentIsAName(string destination, bool safe)
    {
        Assert.Equal(safe, OutputPaths.IsSafeDestination(destination));
    }
}
