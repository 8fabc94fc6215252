using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// A page in a browser context with JavaScript disabled must still show its content (a visible main
/// landmark with a visible h1 and text) and its navigation (a visible nav landmark with a visible link).
/// </summary>
public static class NoScriptCheck
{
    /// <param name="page">a tab of a context made with JavaScript disabled, to open <paramref name="url"/> in.</param>
    public static async Task<IReadOnlyList<string>> RunAsync(IPage page, Uri url)
    {
        var problems = new List<string>();
        await page.OpenAsync(url);
        var main = page.Locator("main, [role=main]").First;
        if (!await main.IsVisibleAsync())
        {
            problems.Add("no visible main landmark");
        }
        else
        {
            if (!await main.Locator("h1").First.IsVisibleAsync())
            {
                problems.Add("no visible h1 in main");
            }

            if (string.IsNullOrWhiteSpace(await main.InnerTextAsync()))
            {
                problems.Add("main shows no text");
            }
        }

        var navLinks = page.Locator("nav a[href], [role=navigation] a[href]");
        if (await navLinks.Filter(new LocatorFilterOptions { Visible = true }).CountAsync() == 0)
        {
            problems.Add("no visible link in a navigation landmark");
        }

        return problems;
    }
}
