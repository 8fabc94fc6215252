using System.Collections.Concurrent;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// What the link check needs from a rendered page: the ids it defines and the URLs it points to
/// (<c>a[href]</c>, <c>link[href]</c>, <c>img[src]</c>, <c>script[src]</c>), in document order, each once; and any id
/// given to more than one element, which makes a link to it ambiguous (<see cref="CheckIds"/>).
/// Read while the page is rendered: parsing every page again into a DOM just to run two selectors would cost more
/// than rendering it.
/// </summary>
/// <remarks>
/// Kept for every page until the link check, so held as two arrays of shared strings: a set and a list for each
/// page would be several objects a page, which every garbage collection until the check copies again.
/// A page has a few dozen ids and the check looks up a few of them, so a search through the array is enough.
/// </remarks>
public sealed record PageAnchors(IReadOnlyList<string> Ids, IReadOnlyList<string> Urls)
{
    /// <summary>Ids that more than one element on the page has, each once, in document order (almost always none).</summary>
    public IReadOnlyList<string> DuplicateIds { get; private init; } = [];

    // Each thread's collections, emptied and reused for its next page.
    [ThreadStatic] private static Gathered? gathered;

    /// <summary>The anchors of a page given as its text.</summary>
    public static PageAnchors Scan(string html, AnchorStrings? strings = null) => Scan(System.Text.Encoding.UTF8.GetBytes(html), strings);

    /// <summary>The anchors of a page given as the UTF-8 its file holds.</summary>
    public static PageAnchors Scan(ReadOnlySpan<byte> html, AnchorStrings? strings = null)
    {
        var found = gathered ?? new Gathered();
        gathered = null; // taken, in case a page is ever scanned while another is
        var anchors = found.Scan(html, strings ?? new AnchorStrings());
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

    /// <summary>One thread's room for a page's anchors, with the scanner's two callbacks made once for all its pages.</summary>
    private sealed class Gathered
    {
        // Every value is the one shared string for its text, so the same text is the same reference.
        private readonly HashSet<string> seenIds = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> seenUrls = new(ReferenceEqualityComparer.Instance);
        private readonly List<string> ids = [];
        private readonly List<string> urls = [];
        private readonly List<string> duplicateIds = [];
        private readonly HtmlAnchorScanner.ValueFound idFound;
        private readonly HtmlAnchorScanner.ValueFound urlFound;
        private AnchorStrings strings = null!;

        public Gathered()
        {
            idFound = value =>
            {
                if (!Add(value, seenIds, ids) && !duplicateIds.Contains(strings.Of(value))) duplicateIds.Add(strings.Of(value));
            };
            urlFound = value => Add(value, seenUrls, urls);
        }

        public PageAnchors Scan(ReadOnlySpan<byte> html, AnchorStrings shared)
        {
            strings = shared;
            HtmlAnchorScanner.Scan(html, idFound, urlFound);
            var anchors = new PageAnchors(ids.ToArray(), urls.ToArray()) { DuplicateIds = duplicateIds.Count == 0 ? [] : duplicateIds.ToArray() };
            seenIds.Clear();
            seenUrls.Clear();
            ids.Clear();
            urls.Clear();
            duplicateIds.Clear();
            return anchors;
        }

        // False when the page had the value already.
        private bool Add(ReadOnlySpan<char> text, HashSet<string> seen, List<string> values)
        {
            var value = strings.Of(text);
            if (!seen.Add(value)) return false;
            values.Add(value);
            return true;
        }
    }
}

/// <summary>
/// One string for each distinct id or URL among a build's pages. Most are the same on every page (navigation,
/// assets, "cite-1-1"), and every page's are kept until the link check. Looked up by span, so a value already seen
/// costs no allocation at all.
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
