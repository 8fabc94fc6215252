using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The home page: the story in a few sentences, its last stretch in dates, then the ways in.</summary>
public static class HomePages
{
    public static readonly PageKind Home = new("home", PageKind.PlainLabel, (inputs, _) => [Make(inputs)])
    {
        Url = SiteLinks.Home.Url, Navigation = SiteLinks.Home.Text, View = typeof(HomeView),
    };

    private static Page Make(PageInputs inputs)
    {
        var (site, links) = (inputs.Site, inputs.Links);
        var info = site.Site;
        var article = info.Article;
        var view = new HomeView(
            info.Headline ?? info.Title,
            Lead(site, links),
            site.Sections.Select(links.To).ToList(),
            site.Episodes.Select(links.Dated).ToList(),
            site.Agencies.Select(links.Named).ToList(),
            new Link(article.Title, article.Url),
            $"{article.Author}, {article.Publication}, {article.Date.Display}",
            article.Author, article.Publication, article.Date.Iso, article.Date.Display,
            site.Episodes.Count);
        var markdown = info.Hook is { } hook ? new[] { ("hook", hook) } : [];
        return new Page(Home.Url!, Home, info.Title, info.Description, SourceSpan.File("input/site.yml"), view, markdown, [article.Source]);
    }

    /// <summary>
    /// The story's last stretch, in order: every episode that starts less than a year before the article or later, with
    /// the article's publication between those before it and those after. The reader sees where the article stands.
    /// </summary>
    internal static IReadOnlyList<LeadMark> Lead(SiteModel site, SiteLinks links)
    {
        var article = site.Site.Article;
        var recent = site.Episodes.Where(e => e.Date.YearFraction >= article.Date.YearFraction - 1).ToList();
        var marks = new List<LeadMark>();
        var articleShown = false;
        foreach (var episode in recent)
        {
            if (episode.AfterArticle && !articleShown)
            {
                marks.Add(ArticleMark(article));
                articleShown = true;
            }
            marks.Add(new LeadMark(episode.Date.Iso, episode.DateDisplay, links.To(episode), IsArticle: false));
        }
        if (!articleShown && marks.Count > 0) marks.Add(ArticleMark(article));
        return marks;
    }

    private static LeadMark ArticleMark(ArticleInfo article) =>
        new(article.Date.Iso, article.Date.Display, new Link($"{article.Publication} publishes the article", "#credit-heading"), IsArticle: true);
}

/// <param name="Headline">The h1: what the story is about, where the header names the site.</param>
/// <param name="Lead">The story's last stretch in dates (<see cref="HomePages.Lead"/>).</param>
public sealed record HomeView(string Headline, IReadOnlyList<LeadMark> Lead, IReadOnlyList<Link> Sections, IReadOnlyList<Link> Episodes,
    IReadOnlyList<Link> Agencies, Link Article, string ArticleCredit, string ArticleAuthor, string ArticlePublication, string ArticleDateIso,
    string ArticleDate, int EpisodeCount) : IPageView;

/// <summary>One date of the home page's lead: an episode, or the article's publication.</summary>
public sealed record LeadMark(string Iso, string Date, Link Link, bool IsArticle);
