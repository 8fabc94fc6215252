using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The about page, and the page a host shows for an address the site does not have.</summary>
public static class AboutPages
{
    public static readonly PageKind About = new("about", PageKind.PlainLabel, (inputs, _) =>
        [PageShapes.Simple(About!, "About this site", $"What this site is, and the article by {inputs.Site.Site.Article.Author} it explains.",
            new AboutView(inputs.Site.Site.Article, inputs.Site.Site.Licence))])
    {
        Url = "/about/", Navigation = "About", View = typeof(AboutView),
    };

    /// <summary>Netlify (and the preview) serve <c>/404.html</c> for any address without a file.</summary>
    public static readonly PageKind NotFound = new("notfound", PageKind.PlainLabel, (_, _) =>
        [PageShapes.Simple(NotFound!, "Page not found", "There is no page at this address.", new ListView("", []))])
    {
        Url = "/404.html", View = typeof(ListView), Searchable = false, InSitemap = false,
    };
}

public sealed record AboutView(ArticleInfo Article, Licence Licence) : IPageView;
