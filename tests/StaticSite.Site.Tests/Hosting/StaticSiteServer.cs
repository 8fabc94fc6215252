using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StaticSite.Site.Tests.Hosting;

/// <summary>
/// Serves a built site on 127.0.0.1 with production's headers: Netlify's pretty URLs, 404.html with status 404
/// for unknown paths, and every header netlify.toml gives the path.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, SiteFileResolver files, Uri baseAddress)
    {
        _app = app;
        Files = files;
        BaseAddress = baseAddress;
    }

    public SiteFileResolver Files { get; }

    /// <summary>The site's origin with a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public Uri UrlOf(string pageFile) => new(BaseAddress, Files.UrlPathOf(pageFile));

    public static async Task<StaticSiteServer> StartAsync(string root, NetlifyHeaders headers, CancellationToken cancellationToken)
    {
        var files = new SiteFileResolver(root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context => ServeAsync(context, files, headers));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, files, new Uri(address.TrimEnd('/') + "/"));
    }

    private static async Task ServeAsync(HttpContext context, SiteFileResolver files, NetlifyHeaders headers)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value is { Length: > 0 } p ? p : "/");
        foreach (var (name, value) in headers.For(path))
        {
            context.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var resource = files.Resolve(path);
        if (resource?.RedirectTo is { } location)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = location + context.Request.QueryString;
            return;
        }

        var file = resource?.File ?? Path.Combine(files.Root, "404.html");
        context.Response.StatusCode = resource is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Not found (and the site has no 404.html)");
            return;
        }

        context.Response.ContentType = ContentTypeOf(file);
        context.Response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.SendFileAsync(file);
        }
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "image/svg+xml" or "application/json"
            ? type + "; charset=utf-8"
            : type;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
