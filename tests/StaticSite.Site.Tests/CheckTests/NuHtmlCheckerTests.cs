using StaticSite.Site.Tests.Checks;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.CheckTests;

/// <summary>The Nu Html Checker, run over the fixture folder, reports the planted HTML and CSS errors at their lines.</summary>
public sealed class NuHtmlCheckerTests
{
    [Fact]
    public async Task FixtureFolder_ReportsPlantedErrorsAndNothingForCleanFiles()
    {
        var (java, vnuJar) = Tools.RequireValidator();

        var messages = await NuHtmlChecker.CheckFolderAsync(java, vnuJar, RepositoryPaths.Fixtures, TestContext.Current.CancellationToken);

        var errors = messages.Where(m => m.IsError).ToList();
        Assert.Contains(errors, e => e.File == "invalid-element.html" && e.Line == 22 && e.Message.Contains("“div” not allowed as child of element “span”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "missing-alt.html" && e.Message.Contains("must have an “alt” attribute", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "invalid.css" && e.Line == 2 && e.Message.Contains("Property “colr” doesn't exist", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.File is "clean.html" or "fixture.css");
    }
}
