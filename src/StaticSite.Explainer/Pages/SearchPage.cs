using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer;

namespace StaticSite.Explainer.Pages;

/// <summary>The <c>/search/</c> page: a search box for readers with JavaScript, and an A–Z of every page, person and term for everyone.</summary>
public static class SearchPage
{
    public const string Url = "/search/";
    public const string IndexUrl = "/search/index.json";

    public static Page Create(IReadOnlyList<Page> pages, SiteModel model)
    {
        var items = pages.Where(Searchable).Select(p => new Link(p.Title, p.Url, KindOf(p.Layout)))
            .Concat(model.People.Select(p => new Link(p.Name, SiteModel.UrlOf(p), "Person")))
            .Concat(model.Glossary.Select(g => new Link(g.Term, SiteModel.UrlOf(g), "Glossary term")));
        var letters = items
            .GroupBy(l => Letter(l.Text))
            .OrderBy(g => g.Key == "#" ? "" : g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, g.Key == "#" ? "az-other" : $"az-{g.Key.ToLowerInvariant()}",
                g.OrderBy(l => l.Text, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Url, StringComparer.Ordinal).ToList()))
            .ToList();
        return new Page(Url, "search", "Search", "Find any page, agency, episode, person or term on this site.",
            SourceSpan.File("theme/layouts/search.liquid"), [new Link("Home", "/")], new SearchView(IndexUrl, letters), [], []);
    }

    /// <summary>Pages worth finding: not the error page, not this page itself.</summary>
    public static bool Searchable(Page page) => page.Url is not (Url or "/404.html");

    public static string KindOf(string layout) => layout switch
    {
        "section" => "Chapter",
        "agency" => "Agency",
        "episode" => "Episode",
        _ => "Page",
    };

    // "The UKUSA Agreement" files under U, as readers look for it, not under T.
    private static string Letter(string title)
    {
        var text = title.StartsWith("The ", StringComparison.Ordinal) ? title[4..] : title;
        var first = text.FirstOrDefault(char.IsLetterOrDigit);
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
