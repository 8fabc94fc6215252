using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;
using StaticSite.Site.Tests.Infrastructure;

namespace StaticSite.Site.Tests.Published;

/// <summary>
/// The preview as an editor sees it, in Chromium: a save reloads the open page by itself, a save that does not
/// build shows the overlay over the last good page, and fixing the file takes it away, all under the site's CSP.
/// </summary>
public sealed class PreviewInBrowserTests(SiteUnderTest site)
{
    private const string Added = "This sentence was added while the page was open.";

    [Fact]
    public async Task A_save_reloads_the_open_page_and_a_broken_save_shows_the_overlay_until_fixed()
    {
        var browser = await site.BrowserAsync();
        var cli = await PublishedCli.ExecutableAsync();
        await using var preview = await NativePreview.StartAsync(cli, "preview-browser");
        var section = Path.Combine(preview.Folder, "input", "sections", "how-it-began.md");
        var original = File.ReadAllText(section);
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        await page.GotoAsync(preview.Url + "sections/how-it-began/");

        File.WriteAllText(section, original + "\n" + Added + "\n");
        await page.WaitForFunctionAsync($"() => document.body.textContent.includes('{Added}')");

        File.WriteAllText(section, original + "\nA [broken link](xref:agency/no-such-agency).\n");
        var overlay = page.Locator("#staticsite-overlay");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("XREF001", await overlay.TextContentAsync());
        Assert.Contains(Added, await page.Locator("main").TextContentAsync()); // the last good page stays up

        File.WriteAllText(section, original);
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.WaitForFunctionAsync($"() => !document.body.textContent.includes('{Added}')");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_save_built_before_the_page_listens_for_changes_still_reloads_it()
    {
        const string Late = "This sentence was built before the page asked for changes.";
        var browser = await site.BrowserAsync();
        var cli = await PublishedCli.ExecutableAsync();
        await using var preview = await NativePreview.StartAsync(cli, "preview-late");
        var section = Path.Combine(preview.Folder, "input", "sections", "how-it-began.md");
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        // The page's connection for changes is held back until the save has been built and is being served: the
        // order a slow or busy browser can produce, where the reload is sent before anyone listens.
        var built = new TaskCompletionSource();
        await page.RouteAsync("**/_staticsite/events", async route =>
        {
            await built.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(preview.Url + "sections/how-it-began/");

        File.AppendAllText(section, "\n" + Late + "\n");
        using var http = new HttpClient { BaseAddress = new Uri(preview.Url) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while (!(await http.GetStringAsync("sections/how-it-began/", deadline.Token)).Contains(Late, StringComparison.Ordinal))
        {
            await Task.Delay(50, deadline.Token);
        }
        built.SetResult();

        await page.WaitForFunctionAsync($"() => document.body.textContent.includes('{Late}')");
    }
}
