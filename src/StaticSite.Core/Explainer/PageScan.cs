namespace StaticSite.Core.Explainer;

/// <summary>What the link check reads from a rendered page: the ids it defines and the URLs it points to.</summary>
internal sealed record PageScan(HashSet<string> Ids, List<string> Urls);
