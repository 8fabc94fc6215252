namespace StaticSite.Site.Tests.Hosting;

/// <summary>What a URL path resolves to: a file, and the path to redirect to when the URL lacks its slash.</summary>
public sealed record SiteResource(string File, string? RedirectTo);
