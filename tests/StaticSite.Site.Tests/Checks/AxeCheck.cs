using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StaticSite.Site.Tests.Checks;

/// <summary>axe-core on a loaded page, WCAG 2.2 A and AA plus axe's best practices.</summary>
public static class AxeCheck
{
    public static readonly IReadOnlyList<string> Tags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IBrowserContext context, Uri url)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() },
                // Only violations need their elements listed; passes would only fatten every page's result.
                ResultTypes = [ResultType.Violations],
            });
            return result.Violations
                .Select(v => new AxeFinding(v.Id, v.Impact ?? "unknown", v.Help, v.Nodes.Select(n => n.Target.ToString()).ToList()))
                .ToList();
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
