using StaticSite.Explainer.Data;
using StaticSite.Engine.IO;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Everything a page's rendered Markdown is made from, as fingerprints for <see cref="RenderCache"/>: the page's
/// own fragments (with where they start, which links keep for diagnostics), its layout and sources, and what it
/// can read of other entities: every kind's id and name, and what its description adds (<see cref="EntityKind{T}.Referable"/>).
/// Keep those in step with what MarkdownRenderer, GlossaryLinker and RenderMarkdown read from the model: a field they
/// read that is missing would serve stale HTML.
/// </summary>
internal static class MarkdownInputs
{
    /// <summary>
    /// What cross-references, citations and glossary links read of the other entities: their kind, id and name;
    /// a source's citation details; a glossary term's short definition and matches. Not bodies, so editing one
    /// body does not invalidate every page.
    /// </summary>
    public static string Referable(SiteModel model)
    {
        var fingerprint = new Fingerprint();
        foreach (var kind in EntityKind.All)
        {
            foreach (var entity in model.All(kind))
            {
                fingerprint.Add(kind.Name).Add(entity.Id).Add(entity.DisplayName);
                kind.AddReferable(entity, fingerprint);
            }
        }
        return fingerprint.Finish();
    }

    /// <summary>The page's Markdown, layout (the glossary page links no terms) and sources, with <paramref name="referable"/>.</summary>
    public static string Of(Page page, string referable)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(referable).Add(page.Url).Add(page.Layout).Add(page.Markdown.Count);
        foreach (var (key, text) in page.Markdown) fingerprint.Add(key).Add(text.Utf8()).Add(text.Start).Add(text.Indent);
        fingerprint.Add(page.Sources.Count);
        foreach (var source in page.Sources) fingerprint.Add(source.Id);
        return fingerprint.Finish();
    }
}
