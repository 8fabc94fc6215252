using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// Loads a page under production's headers and records console errors, uncaught exceptions, failed
/// requests (no answer or status 400+), requests to any other origin, Content-Security-Policy violations, and
/// how far the page's layout moved while it loaded (the layout-shift score Lighthouse counts as CLS).
/// </summary>
public static class PageLoadCheck
{
    // Installed before any page script runs; the event fires for every blocked script, style, image or eval, and
    // the observer sees every shift of layout not caused by the reader's own input.
    private const string Record = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`));
        window.__layoutShift = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__layoutShift += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
        """;

    /// <summary>The layout-shift score so far of the page open in <paramref name="page"/> (a tab <see cref="RunAsync"/> has used).</summary>
    public static Task<double> LayoutShiftAsync(IPage page) => page.EvaluateAsync<double>("() => window.__layoutShift");

    // The tabs the recorder is installed in: it runs in every document a tab opens from then on.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, object> Recording = [];

    /// <param name="page">the tab to open <paramref name="url"/> in; what it loaded before is not reported.</param>
    public static async Task<PageLoadReport> RunAsync(IPage page, Uri url)
    {
        var consoleErrors = new List<string>();
        var failed = new List<string>();
        var foreign = new List<string>();
        void OnConsole(object? _, IConsoleMessage message)
        {
            if (message.Type == "error") consoleErrors.Add($"{message.Text} ({message.Location})");
        }
        void OnPageError(object? _, string error) => consoleErrors.Add($"uncaught: {error}");
        void OnRequest(object? _, IRequest request)
        {
            if (IsOtherOrigin(url, request.Url)) foreign.Add(request.Url);
        }
        void OnRequestFailed(object? _, IRequest request) => failed.Add($"{request.Url} ({request.Failure})");
        void OnResponse(object? _, IResponse response)
        {
            if (response.Status >= 400) failed.Add($"{response.Url} (HTTP {response.Status})");
        }
        if (!Recording.TryGetValue(page, out var _))
        {
            await page.AddInitScriptAsync(Record);
            Recording.Add(page, true);
        }
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.Request += OnRequest;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
        try
        {
            await page.OpenAsync(url);
            // Violation events are queued as tasks: a timer turn lets the last of them fire. A layout shift is reported
            // with the frame after it: two frames more let a change made just after the load be counted.
            var csp = await page.EvaluateAsync<string[]>(
                "() => new Promise(r => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r(window.__cspViolations))), 50))");
            return new PageLoadReport(consoleErrors, failed, foreign, csp, await LayoutShiftAsync(page));
        }
        finally
        {
            page.Console -= OnConsole;
            page.PageError -= OnPageError;
            page.Request -= OnRequest;
            page.RequestFailed -= OnRequestFailed;
            page.Response -= OnResponse;
        }
    }

    private static bool IsOtherOrigin(Uri page, string requestUrl) =>
        Uri.TryCreate(requestUrl, UriKind.Absolute, out var request)
        && request.Scheme is "http" or "https" or "ws" or "wss"
        && !string.Equals(request.GetLeftPart(UriPartial.Authority), page.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
