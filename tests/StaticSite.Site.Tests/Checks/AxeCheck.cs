using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;

namespace StaticSite.Site.Tests.Checks;

/// <summary>axe-core on a loaded page, WCAG 2.2 A and AA plus axe's best practices.</summary>
/// <remarks>
/// axe is the copy bundled with Deque.AxeCore.Commons, run in the page by <c>axe.run</c>. Deque's Playwright wrapper
/// splits a run in two and finishes it in a new blank page of its own, loading axe there each time, which cost more
/// than the run itself; the site has no frames for that split to gather from.
/// </remarks>
public static class AxeCheck
{
    public static readonly IReadOnlyList<string> Tags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    // Only violations need their elements listed; passes would only fatten every page's result.
    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact ?? 'unknown', help: v.help,
            targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
          }));
        }
        """;

    /// <param name="page">the tab to open <paramref name="url"/> in.</param>
    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IPage page, Uri url)
    {
        await page.OpenAsync(url);
        return await RunOnAsync(page);
    }

    /// <summary>axe on the page as it is now (after a script has changed it, say).</summary>
    public static async Task<IReadOnlyList<AxeFinding>> RunOnAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var found = await page.EvaluateAsync<JsonElement>(Run, Tags);
        return found.EnumerateArray()
            .Select(v => new AxeFinding(
                v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }
}
