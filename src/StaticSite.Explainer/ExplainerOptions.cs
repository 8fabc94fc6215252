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

    /// <summary>
    /// When set, replaces <c>base_url</c> of <c>input/site.yml</c> for every absolute URL the build writes (canonical
    /// links, sitemap, feed, share cards, structured data): a deploy preview's own address. An absolute http(s) URL
    /// ending in '/'; the command line checks it before the build.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// A build that search engines must not index (a deploy preview): every page carries
    /// <c>&lt;meta name="robots" content="noindex"&gt;</c> and the build writes a <c>_headers</c> file that sends
    /// <c>X-Robots-Tag: noindex</c> for every path. Off, the build writes neither: production output is unchanged.
    /// </summary>
    public bool NoIndex { get; init; }

    /// <summary>Called as each pipeline's phase starts (from the thread that runs it), for a progress display.</summary>
    public Action<string, StaticSite.Engine.Pipelines.Phase>? PhaseStarted { get; init; }
}
