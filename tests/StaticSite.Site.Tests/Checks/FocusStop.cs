namespace StaticSite.Site.Tests.Checks;

/// <summary>Where one Tab press put focus (see KeyboardProbe.DescribeFocus); settable because Playwright fills it.</summary>
public sealed record FocusStop
{
    /// <summary>Index in the list of interactive elements, or -1 for a focusable element outside it (a scroller).</summary>
    public int Index { get; init; }

    public string Description { get; init; } = "";

    public bool OnScreen { get; init; }

    /// <summary>The style that changes on focus (outline, box-shadow, …), or null when nothing shows focus.</summary>
    public string? Indicator { get; init; }
}
