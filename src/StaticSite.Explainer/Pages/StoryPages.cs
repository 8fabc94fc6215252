using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Pages;

/// <summary>The story: its contents page and one page per chapter (a section of <c>input/sections/</c>).</summary>
public static class StoryPages
{
    public static readonly PageKind Contents = new("list", PageKind.PlainLabel, (inputs, _) =>
        [PageShapes.Listing(Contents!, "The story", "The explainer in order, one chapter at a time.",
            [new Group("Chapters", "chapters", inputs.Site.Sections.Select(inputs.Links.To).ToList(), Ordered: true)])])
    {
        Url = "/sections/", Navigation = "The story", View = typeof(ListView),
    };

    public static readonly PageKind Chapter = new("section", "Chapter",
        (inputs, _) => Enumerable.Range(0, inputs.Site.Sections.Count).ToList().SelectInOrder(i => ChapterPage(inputs, i)))
    {
        Parent = Contents, View = typeof(SectionView),
    };

    /// <summary>The reading speed a chapter's reading time assumes, in words a minute (docs/features.md states it).</summary>
    public const int WordsPerMinute = 200;

    private static Page ChapterPage(PageInputs inputs, int index)
    {
        var (sections, links) = (inputs.Site.Sections, inputs.Links);
        var section = sections[index];
        var previous = index > 0 ? links.To(sections[index - 1]) : null;
        var next = index + 1 < sections.Count ? links.To(sections[index + 1]) : null;
        var words = CountWords(section.Body.Text);
        var contents = Markdown.MarkdownRenderer.Contents(section.Body).Select(h => new Link(h.Text, $"#{h.Id}")).ToList();
        var view = new SectionView(section, index + 1, sections.Count, previous, next, ReadingMinutes(words), section.Reviewed?.Display, contents);
        return new Page(Data.SiteModel.UrlOf(section), Chapter, section.Title, section.Summary, section.Location, view, PageShapes.Body(section.Body), section.Sources);
    }

    /// <summary>Whole minutes at <see cref="WordsPerMinute"/>, never less than one.</summary>
    internal static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    // What Split(null, RemoveEmptyEntries).Length gives, without a string for every word.
    internal static int CountWords(string text)
    {
        var (words, inWord) = (0, false);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}

/// <param name="Count">How many chapters the story has, for "Chapter 3 of 8".</param>
/// <param name="Contents">The chapter's second-level headings, as links to them on the page.</param>
public sealed record SectionView(Data.Section Section, int Number, int Count, Link? Previous, Link? Next, int ReadingMinutes, string? Reviewed,
    IReadOnlyList<Link> Contents) : IPageView;
