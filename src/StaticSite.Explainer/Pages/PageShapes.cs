using StaticSite.Engine.Diagnostics;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>The shapes most kinds' pages share: a page of grouped links, a page of its own view, a page of one body.</summary>
internal static class PageShapes
{
    /// <summary>The kind's one page: a list of links in groups under an introduction.</summary>
    public static Page Listing(PageKind kind, string title, string intro, IEnumerable<Group> groups) =>
        Simple(kind, title, intro, new ListView(intro, groups.ToList()));

    /// <summary>The kind's one page, made from the theme (its source is the layout).</summary>
    public static Page Simple(PageKind kind, string title, string description, IPageView data) =>
        new(kind.Url!, kind, title, description, SourceSpan.File($"theme/layouts/{kind.Layout}.liquid"), data, [], []);

    public static (string Key, MarkdownText Text)[] Body(MarkdownText body) => [("body", body)];
}
