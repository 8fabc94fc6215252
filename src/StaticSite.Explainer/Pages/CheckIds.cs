using System.Text.RegularExpressions;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Markdown;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Each id on a page belongs to one element: with two, a link to it goes to the first, and a reader following a
/// link to a person, a glossary term or a source could land on something else. Read from the ids found on every
/// rendered page (<see cref="PageAnchors"/>), so it holds whatever made them: the layouts, the ids Markdown gives
/// headings, and the ids of the people, terms and sources, which are their anchors on their page.
/// </summary>
/// <remarks>
/// An id that is an entity's anchor is reported at the entity's file (DATA020): its file name is what to change.
/// Any other at the heading that gives it, or else at the layout (LINK004). Who made the other element is worked
/// out only for the ids that clash (almost never), from the entities, the page's Markdown and the theme's text.
/// </remarks>
public sealed partial class CheckIds(SiteModel model) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var clashing = documents.Select(d => d.Model).OfType<RenderedPage>().Where(p => p.Anchors is { DuplicateIds.Count: > 0 }).ToList();
        if (clashing.Count == 0) return documents;
        var anchored = AnchoredEntities(model);
        var themeIds = ThemeIds(context);
        foreach (var page in clashing)
        {
            foreach (var id in page.Anchors!.DuplicateIds) Report(page.Page, id, anchored, themeIds, context.Diagnostics);
        }
        return documents;
    }

    private static void Report(Page page, string id, Dictionary<string, IEntity> anchored, List<(string Id, bool Prefix, SourceSpan At)> themeIds, DiagnosticBag diagnostics)
    {
        var owner = anchored.GetValueOrDefault(page.Url + "#" + id);
        var headings = page.Markdown.SelectMany(m => MarkdownRenderer.HeadingIds(m.Text)).Where(h => h.Id == id).Select(h => h.At).ToList();
        var others = new List<string>();
        // An element a layout makes for another entity of the page, from its id (a person's name heading, "<id>-name").
        foreach (var (anchor, entity) in anchored)
        {
            if (entity != owner && anchor.StartsWith(page.Url + "#", StringComparison.Ordinal)
                && id.StartsWith(anchor[(page.Url.Length + 1)..] + "-", StringComparison.Ordinal))
            {
                others.Add($"an element the layout makes for {KindOf(entity)} '{entity.Id}' ({entity.Location.Path})");
            }
        }
        others.AddRange(themeIds.Where(t => t.Prefix ? id.StartsWith(t.Id, StringComparison.Ordinal) : t.Id == id).Select(t => $"one written at {t.At}"));
        if (CitationAnchor().IsMatch(id)) others.Add("a citation mark ([@...])");
        if (owner is not null)
        {
            others.AddRange(headings.Select(h => $"a heading at {h}"));
            diagnostics.Error(owner.Location, "DATA020",
                $"{KindOf(owner)} '{owner.Id}' has the id '{id}', which another element on {page.Url} has too ({Describe(others)}), so a link to {SiteModel.UrlOf(owner)} may land on the wrong one; rename {Path.GetFileName(owner.Location.Path)} to an id that is free on that page");
            return;
        }
        if (headings.Count > 0)
        {
            // Headings that clash only among themselves: the first keeps the id, each later one is reported.
            var reported = others.Count == 0 ? headings.Skip(1) : headings;
            foreach (var heading in reported)
            {
                var besides = others.Concat(headings.Where(h => h != heading).Select(h => $"a heading at {h}"));
                diagnostics.Error(heading, "LINK004",
                    $"this heading gets the id '{id}', which another element on {page.Url} has too ({Describe(besides)}), so a link to #{id} may land on the wrong one; reword the heading");
            }
            return;
        }
        var layout = themeIds.FirstOrDefault(t => t.Id == id).At is { Path: not null } at ? at : SourceSpan.File($"theme/layouts/{page.Layout}.liquid");
        diagnostics.Error(layout, "LINK004", $"{page.Url} has more than one element with the id '{id}' ({Describe(others)}); give each element its own id");
    }

    private static string Describe(IEnumerable<string> makers) =>
        makers.Distinct().ToList() is { Count: > 0 } list ? string.Join("; ", list) : "made by the layout";

    private static string KindOf(IEntity entity) => EntityKind.Of(entity).What;

    // Every entity whose page is shared with others of its kind, by its URL: its id is an element's id on that page.
    private static Dictionary<string, IEntity> AnchoredEntities(SiteModel model)
    {
        var anchored = new Dictionary<string, IEntity>(StringComparer.Ordinal);
        foreach (var kind in EntityKind.All.Where(k => !k.OwnPage))
        {
            foreach (var entity in model.All(kind)) anchored.TryAdd(kind.UrlOf(entity), entity);
        }
        return anchored;
    }

    // The ids the theme's layouts and partials write as text: id="main" whole, and id="source-{{ ... }}" as a prefix
    // (one made from a value alone, id="{{ ... }}", says nothing).
    private static List<(string Id, bool Prefix, SourceSpan At)> ThemeIds(BuildContext context)
    {
        var ids = new List<(string, bool, SourceSpan)>();
        foreach (var file in context.Files.Theme("layouts").Concat(context.Files.Theme("partials")))
        {
            var text = file.ReadText();
            foreach (Match match in IdAttribute().Matches(text))
            {
                var value = match.Groups[1].Value;
                var template = value.IndexOf("{{", StringComparison.Ordinal);
                if (template == 0) continue;
                var line = 1 + text.AsSpan(0, match.Index).Count('\n');
                var column = match.Index - (match.Index == 0 ? 0 : text.LastIndexOf('\n', match.Index - 1) + 1) + 1;
                ids.Add((template < 0 ? value : value[..template], template > 0, new SourceSpan(file.DisplayPath, line, column)));
            }
        }
        return ids;
    }

    [GeneratedRegex(@"\bid=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"\Acite-[0-9]+-[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CitationAnchor();
}
