using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>A dated event as its owner's page lists it: its anchor, date, title and the sources that give it.</summary>
public sealed record Milestone(string Anchor, PartialDate Date, string DateDisplay, string Title, IReadOnlyList<Ref> Sources);

/// <summary>The events of the site, by the agency or episode whose page lists them, oldest first.</summary>
internal sealed class Milestones(SiteModel site)
{
    // An agency and an episode may share an id, so the owner's kind is part of the key.
    private readonly ILookup<(EntityKind Kind, string Id), Milestone> byOwner = site.All(EntityKind.Event).ToLookup(
        e => (e.Owner.Kind, e.Owner.Id.Id),
        e => new Milestone($"event-{e.Id}", e.Date, e.DateDisplay, e.Title, e.Sources));

    public Milestone[] Of(IEntity owner) => byOwner[(EntityKind.Of(owner), owner.Id)].ToArray();

    /// <summary>The owner's own sources, then those its milestones cite, so that the page numbers them all.</summary>
    public static IReadOnlyList<Ref> SourcesOf(IReadOnlyList<Ref> own, Milestone[] milestones) =>
        milestones.Length == 0 ? own : [.. own, .. milestones.SelectMany(m => m.Sources)];
}
