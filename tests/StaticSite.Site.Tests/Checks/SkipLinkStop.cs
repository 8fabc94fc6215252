namespace StaticSite.Site.Tests.Checks;

/// <summary>The first tab stop of a page (see KeyboardProbe.DescribeSkipLink); settable because Playwright fills it.</summary>
public sealed record SkipLinkStop
{
    public string Description { get; init; } = "";

    public bool IsSkipLink { get; init; }
}
