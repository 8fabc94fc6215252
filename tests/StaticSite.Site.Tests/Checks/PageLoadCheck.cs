using Microsoft.Playwright;
using StaticSite.Site.Tests.Browser;

namespace StaticSite.Site.Tests.Checks;

/// <summary>
/// Loads a page under production's headers and records console errors, uncaught exceptions, failed
/// requests (no answer or status 400+), requests to any other origin, and Content-Security-Policy violations.
/// </summary>
public static class PageLoadCheck
{
    // Installed before any page script runs; the event fires for every blocked script, style, image or eval.
    private const string RecordCspViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`));
        """;

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
            await page.AddInitScriptAsync(RecordCspViolations);
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
            // Violation events are queued as tasks; a timer turn lets the last of them fire.
            var csp = await page.EvaluateAsync<string[]>("() => new Promise(r => setTimeout(() => r(window.__cspViolations), 50))");
            return new PageLoadReport(consoleErrors, failed, foreign, csp);
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
