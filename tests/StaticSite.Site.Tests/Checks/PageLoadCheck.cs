using Microsoft.Playwright;

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

    public static async Task<PageLoadReport> RunAsync(IBrowserContext context, Uri url)
    {
        var consoleErrors = new List<string>();
        var failed = new List<string>();
        var foreign = new List<string>();
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => consoleErrors.Add($"uncaught: {error}");
        page.Request += (_, request) =>
        {
            if (IsOtherOrigin(url, request.Url))
            {
                foreign.Add(request.Url);
            }
        };
        page.RequestFailed += (_, request) => failed.Add($"{request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Url} (HTTP {response.Status})");
            }
        };
        try
        {
            await page.AddInitScriptAsync(RecordCspViolations);
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // Violation events are queued as tasks; a timer turn lets the last of them fire.
            var csp = await page.EvaluateAsync<string[]>("() => new Promise(r => setTimeout(() => r(window.__cspViolations), 50))");
            return new PageLoadReport(consoleErrors, failed, foreign, csp);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static bool IsOtherOrigin(Uri page, string requestUrl) =>
        Uri.TryCreate(requestUrl, UriKind.Absolute, out var request)
        && request.Scheme is "http" or "https" or "ws" or "wss"
        && !string.Equals(request.GetLeftPart(UriPartial.Authority), page.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
