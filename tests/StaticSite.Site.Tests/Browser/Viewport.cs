namespace StaticSite.Site.Tests.Browser;

/// <summary>A window size the site must work at.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static Viewport Desktop { get; } = new("desktop", 1280, 800, IsMobile: false);

    /// <summary>The narrowest common phone width (iPhone SE / mini), with touch and the mobile viewport meta honoured.</summary>
    public static Viewport Mobile { get; } = new("375px", 375, 812, IsMobile: true);

    /// <summary>A common phone today (iPhone 12 to 15), the width the screenshots show a phone at.</summary>
    public static Viewport Phone { get; } = new("390", 390, 844, IsMobile: true);

    /// <summary>The desktop width the screenshots show, named by its width for their file names.</summary>
    public static Viewport Wide { get; } = Desktop with { Name = "1280" };
}
