using System.Diagnostics;
using StaticSite.Site.Tests.Hosting;

namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>
/// Runs one check over every page of a served site and turns the findings into one failure message that
/// names every page and problem, so one run shows all of them.
/// </summary>
public static class EveryPage
{
    /// <summary>
    /// Two pages at a time: each page renders in its own Chromium process, so two keep both cores busy
    /// while the test process waits on the other; more would only queue on a shared 2-core machine.
    /// </summary>
    private const int PagesAtOnce = 2;

    public static async Task<IReadOnlyList<(string Page, string Problem)>> CheckAsync(
        StaticSiteServer server, string checkName, Func<Uri, Task<IEnumerable<string>>> check)
    {
        var pages = server.Files.Pages();
        Assert.NotEmpty(pages);
        var clock = Stopwatch.StartNew();
        var found = new IEnumerable<string>[pages.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pages.Count),
            new ParallelOptions { MaxDegreeOfParallelism = PagesAtOnce, CancellationToken = TestContext.Current.CancellationToken },
            async (i, _) => found[i] = (await check(server.UrlOf(pages[i]))).ToList());

        Report($"{checkName}: pages checked", pages.Count);
        Report($"{checkName}: seconds", clock.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        return pages.SelectMany((page, i) => found[i].Select(problem => (server.UrlOf(page).AbsolutePath, problem))).ToList();
    }

    public static string Describe(IReadOnlyList<(string Page, string Problem)> problems) =>
        string.Join('\n', problems.Select(p => $"  {p.Page}: {p.Problem}"));

    /// <summary>A figure the issue asks for, in the test output as <c>name: value</c>.</summary>
    public static void Report(string name, object value) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {value}");
}
