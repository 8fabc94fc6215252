using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Hosting;

namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>
/// Runs one check over every page of a served site and turns the findings into one failure message that
/// names every page and problem, so one run shows all of them.
/// </summary>
/// <remarks>
/// Each worker keeps one tab and opens its pages in it one after another, as a reader following links would. A tab
/// per page cost a renderer process and a cold script engine every time (docs/performance.md has the figures).
/// </remarks>
public static class EveryPage
{
    /// <summary>
    /// Two tabs at a time: each renders in its own Chromium process, so two keep both cores busy
    /// while the test process waits on the other; more would only queue on a shared 2-core machine.
    /// </summary>
    private const int PagesAtOnce = 2;

    /// <param name="check">looks at one page: opens the URL in the tab it is given and reports what it found.</param>
    public static async Task<IReadOnlyList<(string Page, string Problem)>> CheckAsync(
        StaticSiteServer server, IBrowserContext context, string checkName, Func<IPage, Uri, Task<IEnumerable<string>>> check)
    {
        var pages = server.Files.Pages();
        Assert.NotEmpty(pages);
        var clock = Stopwatch.StartNew();
        var found = new IEnumerable<string>[pages.Count];
        var next = new ConcurrentQueue<int>(Enumerable.Range(0, pages.Count));
        await Task.WhenAll(Enumerable.Range(0, PagesAtOnce).Select(_ => context.InNewTabAsync(async tab =>
        {
            while (next.TryDequeue(out var i))
            {
                TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
                found[i] = (await check(tab, server.UrlOf(pages[i]))).ToList();
            }
        })));

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
