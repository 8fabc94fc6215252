using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The home page: the way into the story, its chapters, episodes and agencies.</summary>
public static class HomePages
{
    public static readonly PageKind Home = new("home", PageKind.PlainLabel, (inputs, _) => [Make(inputs)])
    {
        Url = SiteLinks.Home.Url, Navigation = SiteLinks.Home.Text, View = typeof(HomeView),
    };

    private static Page Make(PageInputs inputs)
    {
        var (site, links) = (inputs.Site, inputs.Links);
        var article = site.Site.Article;
        var view = new HomeView(
            site.Sections.Select(links.To).ToList(),
            site.Episodes.Select(links.Dated).ToList(),
            site.Agencies.Select(links.Named).ToList(),
            new Link(article.Title, article.Url),
            $"{article.Author}, {article.Publication}, {article.Date.Display}");
        return new Page(Home.Url!, Home, site.Site.Title, site.Site.Description, SourceSpan.File("input/site.yml"), view, [], [article.Source]);
    }
}

public sealed record HomeView(IReadOnlyList<Link> Sections, IReadOnlyList<Link> Episodes, IReadOnlyList<Link> Agencies, Link Article, string ArticleCredit) : IPageView;
