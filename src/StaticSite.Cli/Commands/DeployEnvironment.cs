namespace StaticSite.Cli.Commands;

/// <summary>
/// Where this build will be served, when that is not production: the base URL every absolute link uses, and whether
/// search engines must leave it alone. Netlify says which deploy it is building in <c>CONTEXT</c>; for a deploy preview
/// or a branch deploy the build takes the deploy's own address from <c>DEPLOY_PRIME_URL</c> and marks every page
/// noindex. Production (<c>CONTEXT=production</c>, or no CONTEXT) changes nothing: <c>base_url</c> of site.yml, no
/// noindex, the same bytes as ever.
/// </summary>
/// <param name="BaseUrl">the base URL to use instead of site.yml's (absolute, http or https, ending in '/'), or null.</param>
/// <param name="From">where <paramref name="BaseUrl"/> came from: an option or an environment variable.</param>
/// <param name="NoIndex">every page noindex: a deploy preview or branch deploy, or <c>--noindex</c>.</param>
/// <param name="Context">Netlify's CONTEXT, when it is one that is not production.</param>
public sealed record DeployEnvironment(string? BaseUrl, string? From, bool NoIndex, string? Context)
{
    public static readonly string[] PreviewContexts = ["deploy-preview", "branch-deploy"];

    /// <summary>
    /// The environment from the options and the variables: <c>--base-url</c>, else in a deploy preview or branch deploy
    /// <c>DEPLOY_PRIME_URL</c>, else <c>STATICSITE_BASE_URL</c>, else none (site.yml's). A base URL that is not an
    /// absolute http(s) URL is a usage error, returned in <paramref name="problem"/>.
    /// </summary>
    public static DeployEnvironment? Resolve(string? baseUrlOption, bool noIndexOption, out string? problem)
    {
        problem = null;
        var context = CliEnvironment.Get("CONTEXT");
        var preview = context is not null && PreviewContexts.Contains(context);
        var (given, from) = baseUrlOption is not null ? (baseUrlOption, "--base-url")
            : preview && CliEnvironment.Get("DEPLOY_PRIME_URL") is { } prime ? (prime, "DEPLOY_PRIME_URL")
            : CliEnvironment.Get("STATICSITE_BASE_URL") is { } variable ? (variable, "STATICSITE_BASE_URL")
            : ((string?)null, (string?)null);
        string? baseUrl = null;
        if (given is not null && (baseUrl = Normalise(given)) is null)
        {
            problem = $"{from} must be an absolute http or https URL of the site's root, such as https://example.org/ or https://deploy-preview-42--example.netlify.app, not '{given}'";
            return null;
        }
        return new DeployEnvironment(baseUrl, from, noIndexOption || preview, preview ? context : null);
    }

    /// <summary>What a build for somewhere other than production says before it starts; null for production.</summary>
    public string? Describe()
    {
        var parts = new List<string>();
        if (BaseUrl is not null) parts.Add($"base URL {BaseUrl} (from {From})");
        if (NoIndex) parts.Add(Context is null ? "every page noindex (--noindex)" : $"every page noindex (CONTEXT={Context})");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    // Absolute, http or https, a host, no user, query or fragment; given a trailing '/' if it has none.
    private static string? Normalise(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme is not ("http" or "https") || uri.Host.Length == 0 || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0) return null;
        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith('/') ? text : text + "/";
    }
}
