using StaticSite.Explainer.Outputs.Share;
using StaticSite.Explainer.Pages;

namespace StaticSite.Explainer;

/// <summary>How a build of the explainer differs between the CLI and the preview; fixed for the whole build.</summary>
public sealed record ExplainerOptions
{
    /// <summary>When set (by preview), every page loads this script after its own.</summary>
    public string? LiveReloadScript { get; init; }

    /// <summary>When set (by preview), layouts render only pages whose inputs changed since the last build.</summary>
    public RenderCache? Cache { get; init; }

    /// <summary>When set, share cards are kept here between builds (the CLI's <c>--cache</c>); null draws every card.</summary>
    public ShareCardCache? ShareCards { get; init; }

    /// <summary>
    /// Preview keeps asset names without a content hash, so that a stylesheet edit changes no page and the
    /// browser can swap the stylesheet in place.
    /// </summary>
    public bool StableAssetNames { get; init; }
}
