using StaticSite.Explainer.Outputs.Publishing;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

public sealed class RedirectsTests
{
    private static IReadOnlyList<(string From, string To, string Status)> Rules(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => (p[0], p[1], p[2])).ToList();

    [Fact]
    public void AgencyAlias_BecomesPermanentRedirectToItsPage()
    {
        var rules = Rules(RealSite.Result.Text("_redirects"));

        Assert.Contains(("/mi6/", "/agencies/sis/", "301"), rules);
    }

    [Fact]
    public void EveryRedirect_PointsToABuiltPage_AndNoneIsShadowedByAFile()
    {
        var result = RealSite.Result;
        var files = result.Written.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);

        var rules = Rules(result.Text("_redirects"));

        Assert.NotEmpty(rules);
        foreach (var (from, to, status) in rules)
        {
            Assert.Equal("301", status);
            Assert.Contains(to.TrimStart('/') + "index.html", files);
            Assert.DoesNotContain(from.TrimStart('/') + "index.html", files);
        }
    }

    [Fact]
    public void AliasNamingARealPage_ReportsOut003AtTheAlias()
    {
        var result = RealSite.Build(new Dictionary<string, Func<string, string>>
        {
            ["input/agencies/cia.yml"] = yml => yml + "aliases: [\"/agencies/gchq/\"]\n",
        });

        var lines = File.ReadAllLines(Path.Combine(RealSite.Root, "input/agencies/cia.yml")).Length;
        var error = Assert.Single(result.Diagnostics, d => d.Code == WriteRedirects.Code);
        Assert.Equal($"input/agencies/cia.yml:{lines + 1}:11", error.Location.ToString());
        Assert.Contains("'/agencies/gchq/'", error.Message);
        Assert.Contains("agencies/gchq/index.html", error.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void AliasOfTheHomePage_ReportsOut003()
    {
        var result = RealSite.Build(new Dictionary<string, Func<string, string>>
        {
            ["input/agencies/nsa.yml"] = yml => yml + "aliases: [\"/\"]\n",
        });

        Assert.Contains(result.Diagnostics, d => d.Code == WriteRedirects.Code && d.Message.Contains("'index.html'", StringComparison.Ordinal));
    }

    [Fact]
    public void SameAliasOnTwoAgencies_ReportsOut003AtTheLaterOne_AndEveryCollision()
    {
        var result = RealSite.Build(new Dictionary<string, Func<string, string>>
        {
            ["input/agencies/gchq.yml"] = yml => yml + "aliases: [\"/mi6/\", \"/episodes/\"]\n",
        });

        var errors = result.Diagnostics.Where(d => d.Code == WriteRedirects.Code).ToList();
        Assert.Equal(2, errors.Count);
        // Agencies are taken in name order, so GCHQ's copy comes first and SIS's own alias is the one reported.
        Assert.Contains(errors, e => e.Location.Path == "input/agencies/sis.yml" && e.Message.Contains("already an alias of 'gchq' (input/agencies/gchq.yml:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.Path == "input/agencies/gchq.yml" && e.Message.Contains("'/episodes/'", StringComparison.Ordinal));
    }
}
