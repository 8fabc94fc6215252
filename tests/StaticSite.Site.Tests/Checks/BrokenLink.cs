namespace StaticSite.Site.Tests.Checks;

/// <summary>A reference from a page (or stylesheet) to something the site does not serve.</summary>
public sealed record BrokenLink(string From, string Url, string Reason)
{
    public override string ToString() => $"{From}: {Url} ({Reason})";
}
