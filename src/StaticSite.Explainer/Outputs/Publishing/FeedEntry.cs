using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>One entry of the Atom feed: a section or an episode, and the content date it is filed under.</summary>
internal sealed record FeedEntry(IEntity Entity, string Kind, PartialDate Updated);
