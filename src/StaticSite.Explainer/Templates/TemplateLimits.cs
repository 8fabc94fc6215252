namespace StaticSite.Explainer.Templates;

/// <summary>
/// How much one page may ask of its layout. Each is far above what any page of the real site or of the synthetic
/// sites needs (docs/performance.md has the figures), and each stops a runaway layout with a diagnostic at the
/// layout, naming the page, long before it fills the machine's memory.
/// </summary>
public static class TemplateLimits
{
    /// <summary>The fewest Liquid statements a page's layout (or the base layout around it) may run, loops counted once per item; larger sites get more (see <see cref="PageSteps"/>).</summary>
    public const int MinimumSteps = 10_000_000;

    /// <summary>The most Liquid statements a page's layout may run: the pages that list the whole site take more steps the larger it is.</summary>
    public static int PageSteps(int pages) => (int)Math.Clamp(pages * 100L, MinimumSteps, int.MaxValue - 1);

    /// <summary>How deep blocks and partials may nest (a partial that renders itself ends here).</summary>
    public const int Recursion = 64;

    /// <summary>The most items a range such as <c>(1..n)</c> may have: Fluid makes every item before the loop starts.</summary>
    public const int RangeItems = 1_000_000;

    /// <summary>The fewest characters a page may have before it is too long; larger sites get more (see <see cref="PageCharacters"/>).</summary>
    public const int MinimumPageCharacters = 64 << 20;

    /// <summary>
    /// The most characters one page may have: the pages that list the whole site grow with it, so the limit does too,
    /// by many times what each page adds to them.
    /// </summary>
    public static int PageCharacters(int pages) => (int)Math.Clamp(pages * 4096L, MinimumPageCharacters, Array.MaxLength / 2);

    /// <summary>How many items the range (<paramref name="from"/>..<paramref name="to"/>) has, as Fluid makes it.</summary>
    public static decimal RangeCount(decimal from, decimal to) => Math.Max(0, decimal.Truncate(to) - decimal.Truncate(from) + 1);
}
