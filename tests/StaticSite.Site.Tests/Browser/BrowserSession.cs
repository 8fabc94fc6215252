using Microsoft.Playwright;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// One headless Chromium for the whole test run (starting one costs seconds on a shared 2-core machine);
/// each check opens its own context, so no state leaks between checks.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>
    /// Debian's Chromium as root needs --no-sandbox. The rest keeps it quiet and offline: no background
    /// traffic, and any host but 127.0.0.1 fails to resolve, so a page can never reach the internet.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> LaunchAsync(string chromiumPath)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = Flags,
            });
            return new BrowserSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <param name="colorScheme">what <c>prefers-color-scheme</c> answers; null leaves Chromium's own (light).</param>
    public Task<IBrowserContext> NewContextAsync(Viewport viewport, bool javaScriptEnabled = true, ColorScheme? colorScheme = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = colorScheme,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            JavaScriptEnabled = javaScriptEnabled,
            // Finished transitions make focus styles measurable the moment focus lands.
            ReducedMotion = ReducedMotion.Reduce,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
