using StaticSite.Explainer;

namespace StaticSite.Explainer.Pages;

/// <summary>What the search page's layout sees: where the index is, and the A–Z of everything (the page without JavaScript).</summary>
public sealed record SearchView(string IndexUrl, IReadOnlyList<Group> Letters);
