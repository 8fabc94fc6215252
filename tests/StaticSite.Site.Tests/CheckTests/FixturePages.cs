using StaticSite.Site.Tests.Hosting;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The URL of a fixture page (Fixtures/NAME.html) on the fixtures server.</summary>
internal static class FixturePages
{
    public static async Task<Uri> UrlAsync(SiteUnderTest site, string name)
    {
        var server = await site.FixturesAsync();
        return server.UrlOf(Path.Combine(server.Files.Root, name + ".html"));
    }
}
