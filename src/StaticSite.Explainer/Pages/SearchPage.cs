using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Pages;

/// <summary>The <c>/search/</c> page: a search box for readers with JavaScript, and an A–Z of every page, person and term for everyone.</summary>
public static class SearchPage
{
    public const string IndexUrl = "/search/index.json";

    /// <summary>Made last, from every page made before it.</summary>
    public static readonly PageKind Search = new("search", PageKind.PlainLabel, (inputs, before) => [Create(before, inputs.Site)])
    {
        Url = "/search/", Navigation = "Search", View = typeof(SearchView), Searchable = false,
    };

    public static Page Create(IReadOnlyList<Page> pages, SiteModel model)
    {
        var items = pages.Where(p => p.Kind.Searchable).Select(p => new Link(p.Title, p.Url, p.Kind.Label))
            .Concat(model.People.Select(p => new Link(p.Name, SiteModel.UrlOf(p), "Person")))
            .Concat(model.Glossary.Select(g => new Link(g.Term, SiteModel.UrlOf(g), "Glossary term")));
        var letters = items
            .GroupBy(l => Letter(l.Text))
            .OrderBy(g => g.Key == "#" ? "" : g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, g.Key == "#" ? "az-other" : $"az-{g.Key.ToLowerInvariant()}",
                g.OrderBy(l => FilingText(l.Text), StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Url, StringComparer.Ordinal).ToList()))
            .ToList();
        return new Page(Search.Url!, Search, "Search", "Find any page, agency, episode, person or term on this site.",
            SourceSpan.File("theme/layouts/search.liquid"), new SearchView(IndexUrl, letters), [], []);
    }

    private static readonly string[] Articles = ["The ", "A ", "An "];

    /// <summary>
    /// What a title is filed and sorted by in the A–Z: the words that matter, without a leading "The", "A" or "An".
    /// "The UKUSA Agreement" files under U and "A former director of GCHQ" under F, as readers look for them.
    /// </summary>
    public static string FilingText(string title)
    {
        var article = Articles.FirstOrDefault(a => title.Length > a.Length && title.StartsWith(a, StringComparison.OrdinalIgnoreCase));
        return article is null ? title : title[article.Length..].TrimStart();
    }

    private static string Letter(string title)
    {
        var first = FilingText(title).FirstOrDefault(char.IsLetterOrDigit);
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }
}

/// <summary>What the search page's layout sees: where the index is, and the A–Z of everything (the page without JavaScript).</summary>
public sealed record SearchView(string IndexUrl, IReadOnlyList<Group> Letters) : IPageView;
