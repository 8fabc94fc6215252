using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// Keyboard use of a page, with real Tab and Enter key presses: the skip link comes first and moves focus
/// into main; every tab stop shows where focus is; every interactive element can be reached.
/// </summary>
public static class KeyboardCheck
{
    /// <param name="page">the tab to open <paramref name="url"/> in.</param>
    public static async Task<IReadOnlyList<string>> SkipLinkAsync(IPage page, Uri url)
    {
        await page.OpenAsync(url);
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<SkipLinkStop>(KeyboardProbe.DescribeSkipLink);
        if (!first.IsSkipLink)
        {
            return [$"the first tab stop is {first.Description}, not a skip link to the main content"];
        }

        await page.Keyboard.PressAsync("Enter");
        return await page.EvaluateAsync<bool>(KeyboardProbe.FocusIsInMain)
            ? []
            : [$"the skip link {first.Description} does not move focus into main (give the target tabindex=\"-1\")"];
    }

    /// <param name="page">the tab to open <paramref name="url"/> in.</param>
    public static async Task<TabReport> TabThroughAsync(IPage page, Uri url)
    {
        await page.OpenAsync(url);
        var interactive = await page.EvaluateAsync<string[]>(KeyboardProbe.ListInteractive);
        var reached = new HashSet<int>();
        var seen = new HashSet<string>();
        var problems = new List<string>();
        // Past the last stop focus leaves the document; the bound only guards against a focus trap.
        for (var press = 0; press < interactive.Length + 20; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<FocusStop?>(KeyboardProbe.DescribeFocus);
            if (stop is null || !seen.Add($"{stop.Index}:{stop.Description}"))
            {
                break;
            }

            reached.Add(stop.Index);
            if (!stop.OnScreen)
            {
                problems.Add($"focused but not visible on screen: {stop.Description}");
            }
            else if (stop.Indicator is null)
            {
                problems.Add($"no visible focus indicator: {stop.Description}");
            }
        }

        problems.AddRange(interactive.Where((_, i) => !reached.Contains(i)).Select(d => $"not reachable with Tab: {d}"));
        return new TabReport(interactive.Length, seen.Count, problems);
    }
}
