using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests;

/// <summary>The W3C Nu Html Checker over every page and stylesheet of the real site: no errors; warnings counted.</summary>
public sealed class SiteHtmlValidityTests(SiteUnderTest site)
{
    [Fact]
    public async Task EveryPageAndStylesheet_HasNoValidatorErrors()
    {
        var (java, vnuJar) = Tools.RequireValidator();
        var server = await site.SiteAsync();

        var messages = await NuHtmlChecker.CheckFolderAsync(java, vnuJar, server.Files.Root, TestContext.Current.CancellationToken);

        var errors = messages.Where(m => m.IsError).ToList();
        var warnings = messages.Where(m => m.IsWarning).ToList();
        EveryPage.Report("pages validated", server.Files.Pages().Count);
        EveryPage.Report("validator errors", errors.Count);
        EveryPage.Report("validator warnings", warnings.Count);
        foreach (var warning in warnings)
        {
            EveryPage.Report("  warning", warning);
        }

        Assert.True(errors.Count == 0, $"Nu Html Checker errors:\n{string.Join('\n', errors.Select(e => $"  {e}"))}");
    }
}
