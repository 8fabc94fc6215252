using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Hosting;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The link check, run over the fixture folder, reports exactly the planted broken links.</summary>
public sealed class LinkCheckTests
{
    private readonly LinkReport _report = LinkCheck.Run(new SiteFileResolver(RepositoryPaths.Fixtures));

    [Fact]
    public void MissingPageAndMissingFragment_AreReportedFromTheirPage()
    {
        Assert.Contains(new BrokenLink("/broken-link.html", "no-such-page/", "no such file: the server answers 404"), _report.Broken);
        Assert.Contains(new BrokenLink("/broken-link.html", "clean.html#no-such-section", "no element with id \"no-such-section\" in clean.html"), _report.Broken);
    }

    [Fact]
    public void MissingImage_IsReported()
    {
        Assert.Contains(_report.Broken, b => b is { From: "/failed-request.html", Url: "no-such-image.svg" });
    }

    [Fact]
    public void OnlyThePlantedLinksAreBroken()
    {
        Assert.Equal(3, _report.Broken.Count);
    }

    [Fact]
    public void ExternalImage_IsCountedNotChecked()
    {
        Assert.Equal(["https://example.invalid/pixel.svg"], _report.External);
    }
}
