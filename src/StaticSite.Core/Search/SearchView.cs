using StaticSite.Core.Explainer;

namespace StaticSite.Core.Search;

/// <summary>What the search page's layout sees: where the index is, and the A–Z of everything (the page without JavaScript).</summary>
public sealed record SearchView(string IndexUrl, IReadOnlyList<Group> Letters);
