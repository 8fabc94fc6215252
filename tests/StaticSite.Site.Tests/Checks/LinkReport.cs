namespace StaticSite.Site.Tests.Checks;

/// <summary>Every internal reference checked, the broken ones, and the external ones (counted, never fetched).</summary>
public sealed record LinkReport(int InternalChecked, IReadOnlyList<BrokenLink> Broken, IReadOnlyList<string> External);
