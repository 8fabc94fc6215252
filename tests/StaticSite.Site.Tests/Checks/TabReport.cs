namespace StaticSite.Site.Tests.Checks;

/// <summary>One page tabbed through: how many interactive elements it has, how many tab stops were visited, what failed.</summary>
public sealed record TabReport(int InteractiveElements, int TabStops, IReadOnlyList<string> Problems);
