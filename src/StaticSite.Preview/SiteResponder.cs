using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace StaticSite.Preview;

/// <summary>
/// Answers every request: the preview's own endpoints under <c>/_staticsite/</c>, otherwise a file of the
/// last good build with pretty URLs, production's headers and the site's 404 page.
/// </summary>
public sealed class SiteResponder(Rebuilder rebuilder, LiveReloadHub hub, NetlifyHeaders headers, string displayRoot, CancellationToken stopping)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // Shown until a first build succeeds; it loads the live reload script, which shows the overlay.
    private static readonly byte[] Waiting = Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<title>No build yet</title>\n<h1>No successful build yet</h1>\n<p>The preview serves the site once it builds without errors.</p>\n<script src=\"{ClientFiles.LiveReloadScript}\"></script>\n</html>\n");

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        foreach (var (name, value) in headers.For(path)) context.Response.Headers[name] = value;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (path.StartsWith(ClientFiles.Prefix, StringComparison.Ordinal))
        {
            await PreviewEndpointAsync(context, path[ClientFiles.Prefix.Length..]);
            return;
        }

        var snapshot = rebuilder.Snapshot;
        if (snapshot.Files.Count == 0)
        {
            await SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", Waiting);
            return;
        }
        // Which build this answer comes from. The live reload script reads it for its page and compares it with the
        // build it first hears of: a rebuild that finished before the script connected would otherwise go unseen.
        context.Response.Headers["Server-Timing"] = $"build;desc=\"{snapshot.BuildId}\"";
        var file = UrlPaths.ToFile(path);
        if (file is not null && snapshot.Find(file) is { } bytes)
        {
            await SendAsync(context, StatusCodes.Status200OK, ContentTypeOf(file), bytes);
        }
        else if (file is not null && !path.EndsWith('/') && snapshot.Find(file + "/index.html") is not null)
        {
            // As on Netlify: /agencies/gchq redirects to /agencies/gchq/, so relative links resolve the same way.
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = path + "/" + request.QueryString;
        }
        else
        {
            var notFound = snapshot.Find("404.html") ?? Encoding.UTF8.GetBytes("Not found\n");
            await SendAsync(context, StatusCodes.Status404NotFound, snapshot.Find("404.html") is null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8", notFound);
        }
    }

    private async Task PreviewEndpointAsync(HttpContext context, string name)
    {
        switch (name)
        {
            case "events":
                await hub.StreamAsync(context, HelloJson(), stopping);
                break;
            case "errors":
                var report = ErrorReport.Of(rebuilder.Snapshot.BuildId, rebuilder.Errors, displayRoot);
                context.Response.Headers.CacheControl = "no-store";
                await SendAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(report, PreviewJson.Default.ErrorReport));
                break;
            default:
                if (ClientFiles.Find(name) is { } client) await SendAsync(context, StatusCodes.Status200OK, client.ContentType, client.Bytes);
                else await SendAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found\n"));
                break;
        }
    }

    public string HelloJson() => new JsonObject { ["build"] = rebuilder.Snapshot.BuildId, ["errors"] = rebuilder.Errors.Count }.ToJsonString();

    private static string ContentTypeOf(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "image/svg+xml" ? type + "; charset=utf-8" : type;
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
