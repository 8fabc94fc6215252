using StaticSite.Site.Tests.Hosting;

namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>
/// Runs one check over every page of a served site, one page at a time (the machine is shared), and turns
/// the findings into one failure message that names every page and problem, so one run shows all of them.
/// </summary>
public static class EveryPage
{
    public static async Task<IReadOnlyList<(string Page, string Problem)>> CheckAsync(
        StaticSiteServer server, Func<Uri, Task<IEnumerable<string>>> check)
    {
        var pages = server.Files.Pages();
        Assert.NotEmpty(pages);
        var problems = new List<(string, string)>();
        foreach (var page in pages)
        {
            var url = server.UrlOf(page);
            problems.AddRange((await check(url)).Select(problem => (url.AbsolutePath, problem)));
        }

        return problems;
    }

    public static string Describe(IReadOnlyList<(string Page, string Problem)> problems) =>
        string.Join('\n', problems.Select(p => $"  {p.Page}: {p.Problem}"));

    /// <summary>A figure the issue asks for, in the test output as <c>name: value</c>.</summary>
    public static void Report(string name, object value) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {value}");
}
