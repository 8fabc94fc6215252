using Microsoft.Playwright;

namespace StaticSite.Site.Tests.Browser;

/// <summary>A tab for a check that looks at one page: opened in the caller's context and closed after.</summary>
public static class Tabs
{
    public static async Task<T> InNewTabAsync<T>(this IBrowserContext context, Func<IPage, Task<T>> use)
    {
        var page = await context.NewPageAsync();
        try
        {
            return await use(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public static Task InNewTabAsync(this IBrowserContext context, Func<IPage, Task> use) =>
        context.InNewTabAsync(async page => { await use(page); return true; });

    /// <summary>Opens <paramref name="url"/> in the tab and waits for its load event (images, styles and scripts done).</summary>
    public static Task OpenAsync(this IPage page, Uri url) =>
        page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
}
