namespace StaticSite.Site.Tests.Hosting;

/// <summary>
/// What a URL path resolves to: a file, or a redirect (a folder URL without its slash, or a _redirects rule).
/// For a folder redirect, <see cref="File"/> is the page it ends at.
/// </summary>
public sealed record SiteResource(string? File, string? RedirectTo = null, int Status = 200);
