using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Pages;

/// <summary>The glossary: every term on one page, each with an anchor of its own.</summary>
public static class GlossaryPages
{
    public static readonly PageKind Glossary = new("glossary", PageKind.PlainLabel, (inputs, _) => [Make(inputs)])
    {
        Url = "/glossary/", Navigation = "Glossary", View = typeof(GlossaryView), LinksGlossaryTerms = false,
    };

    private static Page Make(PageInputs inputs)
    {
        var site = inputs.Site;
        var views = site.Glossary.Select(g => new TermView(g, g.Body is null ? null : $"term-{g.Id}")).ToList();
        var markdown = site.Glossary.Where(g => g.Body is not null).Select(g => ($"term-{g.Id}", g.Body!)).ToList();
        return new Page(Glossary.Url!, Glossary, "Glossary", "Plain-English definitions of the terms used on this site.",
            SourceSpan.File("input/glossary"), new GlossaryView(views), markdown, site.Glossary.SelectMany(g => g.Sources).ToList());
    }
}

public sealed record TermView(Data.GlossaryTerm Term, string? HtmlKey);

public sealed record GlossaryView(IReadOnlyList<TermView> Terms) : IPageView;
