using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>Every internal link, image, script, stylesheet and #fragment of the real site resolves.</summary>
public sealed class SiteLinkTests(SiteUnderTest site)
{
    [Fact]
    public async Task EveryInternalReference_ResolvesToAFileAndFragment()
    {
        var server = await site.SiteAsync();

        var report = LinkCheck.Run(server.Files);

        EveryPage.Report("internal URLs checked", report.InternalChecked);
        EveryPage.Report("broken links", report.Broken.Count);
        EveryPage.Report("external links (not fetched)", report.External.Count);
        Assert.True(report.Broken.Count == 0, $"broken links:\n{string.Join('\n', report.Broken.Select(b => $"  {b}"))}");
    }
}
