using System.Collections.Concurrent;

namespace StaticSite.Core.Explainer;

/// <summary>
/// What the link check needs from a rendered page: the ids it defines and the URLs it points to
/// (<c>a[href]</c>, <c>link[href]</c>, <c>img[src]</c>, <c>script[src]</c>), in document order, each once.
/// Read while the page is rendered: parsing every page again into a DOM just to run two selectors was
/// half the build's CPU time (3.4 of 6.7 s at 1,000 episodes).
/// </summary>
/// <remarks>
/// Kept for every page until the link check, so held as two arrays of shared strings: a set and a list for each
/// page were about 4 KB and seven objects a page, which every garbage collection until the check copied again.
/// A page has a few dozen ids and the check looks up a few of them, so a search through the array is enough.
/// </remarks>
public sealed record PageAnchors(IReadOnlyList<string> Ids, IReadOnlyList<string> Urls)
{
    // Each thread's collections, emptied and reused for its next page.
    [ThreadStatic] private static Gathered? gathered;

    public static PageAnchors Scan(ReadOnlySpan<char> html, AnchorStrings? strings = null)
    {
        strings ??= new AnchorStrings();
        var found = gathered ?? new Gathered();
        gathered = null; // taken, in case a page is ever scanned while another is
        // Every value is the one shared string for its text, so the same text is the same reference.
        HtmlAnchorScanner.Scan(html, id => found.Add(strings.Of(id), isId: true), url => found.Add(strings.Of(url), isId: false));
        var anchors = new PageAnchors([.. found.Ids], [.. found.Urls]);
        found.Clear();
        gathered = found;
        return anchors;
    }

    /// <summary>Whether the page has an element with this id.</summary>
    public bool Defines(string id)
    {
        foreach (var known in Ids)
        {
            if (string.Equals(known, id, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private sealed class Gathered
    {
        private readonly HashSet<string> seenIds = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> seenUrls = new(ReferenceEqualityComparer.Instance);

        public List<string> Ids { get; } = [];

        public List<string> Urls { get; } = [];

        public void Add(string value, bool isId)
        {
            if (isId ? seenIds.Add(value) : seenUrls.Add(value)) (isId ? Ids : Urls).Add(value);
        }

        public void Clear()
        {
            seenIds.Clear();
            seenUrls.Clear();
            Ids.Clear();
            Urls.Clear();
        }
    }
}

/// <summary>
/// One string for each distinct id or URL among a build's pages. Most are the same on every page (navigation,
/// assets, "cite-1-1"), and every page's are kept until the link check: at 10,000 episodes that was 612,000
/// strings. Looked up by span, so a value already seen costs no allocation at all.
/// </summary>
public sealed class AnchorStrings
{
    private readonly ConcurrentDictionary<string, string> strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public AnchorStrings()
    {
        strings = new(StringComparer.Ordinal);
        bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Of(ReadOnlySpan<char> value)
    {
        if (bySpan.TryGetValue(value, out var known)) return known;
        var text = value.ToString();
        return strings.GetOrAdd(text, text);
    }
}
