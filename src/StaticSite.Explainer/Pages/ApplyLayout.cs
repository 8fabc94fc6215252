using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Html;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Outputs.Publishing;
using StaticSite.Explainer.Outputs.Share;

namespace StaticSite.Explainer.Pages;

/// <summary>Renders every page through its Liquid layout, then through the shared <c>base</c> layout.</summary>
/// <remarks>
/// With <paramref name="staging"/> (the staging folder of a build), each page is written as soon as it is
/// rendered: nothing changes a page after its layout, and holding every page until the Output phase was most of
/// a large build's memory. A failed build still leaves the real output untouched, since staging is discarded.
/// </remarks>
public sealed class ApplyLayout(SiteModel model, string assetsPipeline, RenderCache? renderCache, string? liveReloadScript, StagingFolder? staging = null) : DocumentModule
{
    /// <summary>Every page asks search engines not to index it (a deploy preview): the layouts' <c>noindex</c>.</summary>
    public bool NoIndex { get; init; }

    public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context)
    {
        var assets = AssetUrls(context, assetsPipeline);
        TemplateRenderer Parse(DiagnosticBag diagnostics) => new(context.Files, diagnostics,
            name => assets.TryGetValue(name, out var url) ? url : throw new InvalidOperationException($"the theme has no asset '{name}'"), LayoutRecords.Are);
        var (templates, dependencies) = renderCache is { } parsed
            ? parsed.Templates.GetOrParse(context.Files, assets, context.Diagnostics, Parse)
            : (Parse(context.Diagnostics), null);
        var pages = Page.AllIn(documents).ToList();
        CheckNames(pages, templates, context.Diagnostics);
        if (context.Diagnostics.HasErrors) return null;
        var site = SiteViewOf(model);
        var strings = new AnchorStrings();
        var shared = new SharedValues(site.BaseUrl, templates.Shared(site), TemplateLimits.PageSteps(pages.Count), TemplateLimits.PageCharacters(pages.Count), new PageFailure());
        RenderedPage? Render(Document d, PageBuffer buffer) => this.Render(d, shared, templates, strings, buffer, context.Diagnostics);
        if (renderCache is not { } cache || dependencies is null) return new DocumentStep(d => Finished(d, Render));

        // Preview: render only pages whose inputs changed since the last build.
        cache.Begin();
        var described = RenderCache.Describe(new(site, [.. assets.OrderBy(a => a.Key, StringComparer.Ordinal)], liveReloadScript, NoIndex));
        return new DocumentStep(d =>
        {
            var page = d.ModelAs<RenderedPage>();
            var fingerprint = RenderCache.Fingerprint(page, described, dependencies.HashOf(page.Page.Layout));
            return cache.GetOrRender(fingerprint, d, () =>
            {
                var buffer = PageBuffer.ForThisThread();
                var page = Render(d, buffer) is { } rendered ? d with { Content = Content.Of(buffer.Text()), Model = rendered } : d;
                buffer.Done();
                return page;
            });
        });
    }

    /// <summary>
    /// What every page's layout reads the same: the site's base URL, and the site as the layouts' value; the longest a
    /// page may be and the most Liquid steps it may take; and whether a page has already gone over a limit of <see cref="TemplateLimits"/>.
    /// </summary>
    private sealed record SharedValues(string BaseUrl, Fluid.Values.FluidValue Site, int MostSteps, int MostCharacters, PageFailure OverLimit);

    /// <summary>Set by the first page that goes over a limit: a layout that does that for one page would for most, each taking as long.</summary>
    private sealed class PageFailure
    {
        public volatile bool Happened;
    }

    /// <summary>The shape of each value <see cref="Render"/> gives the layouts (<c>data</c> has the page's own; <c>html</c> any key).</summary>
    private static readonly Dictionary<string, Type?> ValueShapes = new(StringComparer.Ordinal)
    {
        ["site"] = typeof(SiteView), ["page"] = typeof(Page), ["permalink"] = typeof(string), ["share_image"] = typeof(string),
        ["data"] = null, ["html"] = null, ["sources"] = typeof(IReadOnlyList<CitedSource>), ["terms"] = typeof(IReadOnlyList<TermUse>),
        ["live_reload"] = typeof(string), ["noindex"] = typeof(bool), ["content"] = typeof(string),
    };

    // Each layout against the first page of each shape of data it is given.
    private static void CheckNames(IEnumerable<Page> pages, TemplateRenderer templates, DiagnosticBag diagnostics) =>
        templates.CheckNames(ValueShapes, pages.DistinctBy(p => (p.Layout, p.Data.GetType())).Select(p => (p.Layout, p.Data.GetType(), p.Source.Path)), diagnostics);

    /// <summary>The page rendered into <paramref name="buffer"/>, with the anchors read off it; null when it failed (reported).</summary>
    private RenderedPage? Render(Document document, SharedValues site, TemplateRenderer templates, AnchorStrings strings, PageBuffer buffer, DiagnosticBag diagnostics)
    {
        var page = document.ModelAs<RenderedPage>();
        foreach (var layout in new[] { page.Page.Layout, "base" }.Where(l => !templates.Has(l)))
        {
            diagnostics.Error(SourceSpan.File(templates.PathOf(layout)), "TPL002", $"layout '{layout}' is missing (needed by {page.Page.Url})");
            return null;
        }
        var values = new Dictionary<string, object?>(capacity: 10)
        {
            ["site"] = site.Site,
            ["page"] = page.Page,
            // Worked out here rather than with filters in the layouts: every page writes them, and Liquid spent
            // more on those filter chains than on most of the tags around them.
            ["permalink"] = model.Site.Absolute(page.Page.Url),
            ["share_image"] = model.Site.Absolute(page.Page.ShareImage),
            ["data"] = page.Page.Data,
            ["html"] = TemplateRenderer.Fragments(page.Html),
            ["sources"] = page.Sources,
            ["terms"] = page.Terms,
            ["live_reload"] = liveReloadScript,
            ["noindex"] = NoIndex,
        };
        if (site.OverLimit.Happened) return null;
        try
        {
            templates.Render(page.Page.Layout, "base", values, buffer.Start(site.MostCharacters), site.MostSteps);
            return page with { Anchors = PageAnchors.Scan(buffer.Utf8(), strings) };
        }
        catch (TemplateLimitException e)
        {
            site.OverLimit.Happened = true;
            diagnostics.Error(SourceSpan.File(templates.PathOf(e.Layout ?? page.Page.Layout)), e.Code, $"rendering {page.Page.Url} stopped: {e.Message}", $"while rendering {page.Page.Source.Path}");
            return null;
        }
        catch (Exception e) when (PageBuffer.IsTooLong(e))
        {
            site.OverLimit.Happened = true;
            diagnostics.Error(SourceSpan.File(templates.PathOf(page.Page.Layout)), "TPL010",
                $"rendering {page.Page.Url} stopped: the page would be longer than {site.MostCharacters:N0} characters (a loop that writes far too much?)", $"while rendering {page.Page.Source.Path}");
            return null;
        }
        catch (FileNotFoundException e)
        {
            // A partial named by a value ({% include name %}), which the check at parse time cannot see.
            diagnostics.Error(SourceSpan.File(templates.PathOf(page.Page.Layout)), "TPL005",
                $"rendering {page.Page.Url} failed: the partial '{e.Message}' does not exist in theme/partials/ (or input/partials/); correct the name or add the file", $"while rendering {page.Page.Source.Path}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or Fluid.ParseException or Fluid.FluidException)
        {
            diagnostics.Error(SourceSpan.File(templates.PathOf(page.Page.Layout)), "TPL003", $"rendering {page.Page.Url} failed: {e.Message}", $"while rendering {page.Page.Source.Path}");
            return null;
        }
    }

    private static readonly IReadOnlyDictionary<string, HtmlFragment> NoFragments = new Dictionary<string, HtmlFragment>();

    // A built page is kept as UTF-8, half the size of a .NET string, or only as its written file, and without
    // its Markdown fragments, structured data, sources and terms, which nothing reads once the layout has used them.
    private Document Finished(Document document, Func<Document, PageBuffer, RenderedPage?> render)
    {
        var buffer = PageBuffer.ForThisThread();
        try
        {
            if (render(document, buffer) is not { } rendered) return document;
            if (document.Destination is not { } destination) return document with { Content = Content.Of(buffer.Text()), Model = rendered };
            var compact = document with { Content = null, Model = rendered with { Page = rendered.Page with { StructuredData = null }, Html = NoFragments, Sources = [], Terms = [] } };
            return staging?.Write(destination, buffer.Utf8()) is { } path
                ? compact with { Content = Content.InFile(path) }
                : compact with { Content = Content.Of(buffer.Utf8().ToArray()) };
        }
        finally
        {
            buffer.Done();
        }
    }

    private static Dictionary<string, string> AssetUrls(BuildContext context, string assetsPipeline) =>
        context.OutputsOf(assetsPipeline)
            .Where(d => d.Model is string)
            .ToDictionary(d => (string)d.Model!, d => "/" + d.Destination, StringComparer.Ordinal);

    private static SiteView SiteViewOf(SiteModel model)
    {
        var s = model.Site;
        return new SiteView(s.Title, s.Description, s.Language, s.BaseUrl, PageKinds.Navigation, s.Licence.Name, s.Licence.Url, s.Article.Title, s.Article.Url, s.Article.Publication);
    }
}
