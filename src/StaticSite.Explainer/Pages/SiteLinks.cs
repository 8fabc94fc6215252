using System.Collections.Concurrent;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// One link for each entity, shared by every page that links to it: links live as long as the pages' views, for the
/// whole build, so a link made anew for each page that shows it would be one more object for the collector to copy.
/// </summary>
public sealed class SiteLinks
{
    public static readonly Link Home = new("Home", "/");

    private readonly ConcurrentDictionary<IEntity, Link> links = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<IEntity, Link> notedLinks = new(ReferenceEqualityComparer.Instance);

    public Link To(IEntity entity) => links.GetOrAdd(entity, e => new(e.DisplayName, SiteModel.UrlOf(e), e.Summary));

    /// <summary>A link to an episode with its date as the note, as lists of episodes show them.</summary>
    public Link Dated(Episode episode) => Noted(episode, episode.DateDisplay);

    /// <summary>A link to an agency with its full name as the note.</summary>
    public Link Named(Agency agency) => Noted(agency, agency.Name);

    // Looked up first, so the link already made costs no closure: these are asked for ten times an episode page.
    private Link Noted(IEntity entity, string note) =>
        notedLinks.TryGetValue(entity, out var link) ? link : notedLinks.GetOrAdd(entity, To(entity) with { Note = note });
}
