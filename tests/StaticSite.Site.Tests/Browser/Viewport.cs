namespace StaticSite.Site.Tests.Browser;

/// <summary>A window size the site must work at.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static Viewport Desktop { get; } = new("desktop", 1280, 800, IsMobile: false);

    /// <summary>The narrowest common phone width (iPhone SE / mini), with touch and the mobile viewport meta honoured.</summary>
    public static Viewport Mobile { get; } = new("375px", 375, 812, IsMobile: true);
}
