using StaticSite.Core.Data;

namespace StaticSite.Core.Explainer;

/// <summary>What the explainer's modules share within one build: the checked model, once it exists.</summary>
public sealed class ExplainerState
{
    public SiteModel? Model { get; set; }

    /// <summary>When set (by preview), every page loads this script after its own.</summary>
    public string? LiveReloadScript { get; init; }
}
