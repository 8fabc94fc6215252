using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// Walks a syntax tree in document order (as Markdig's <c>Descendants()</c> does) with a stack of its own, never by
/// recursion, so that no depth of nesting can overflow the thread's stack; and stops at the first node nested more
/// than <see cref="MarkdownLimits.MaxDepth"/> levels, before anything recursive (rendering, the search text, the
/// glossary) sees the tree.
/// </summary>
/// <remarks>
/// A level is what a reader sees nest: a block quote, a list item, and any inline inside another (emphasis, a link,
/// a '[' left open). The lists, paragraphs and tables around them do not count, so rendering, which counts every
/// object, goes at most about twice as deep: within Markdig's limit (<see cref="MarkdownRenderer"/> sets it).
/// </remarks>
internal static class MarkdownTree
{
    // Each thread's stack, emptied for its next page.
    [ThreadStatic] private static Stack<(MarkdownObject Node, int Levels)>? pending;

    /// <summary>
    /// Adds every link, image, autolink and citation to <paramref name="found"/>, in document order, and returns null;
    /// or returns the first node nested too deep, having stopped there.
    /// </summary>
    public static MarkdownObject? Walk(MarkdownDocument document, List<Inline> found)
    {
        var stack = pending ?? new Stack<(MarkdownObject, int)>();
        pending = null; // taken, in case a tree is ever walked while another is
        stack.Clear();
        stack.Push((document, 0));
        MarkdownObject? tooDeep = null;
        while (stack.TryPop(out var item))
        {
            var (node, levels) = item;
            if (levels > MarkdownLimits.MaxDepth)
            {
                tooDeep = node;
                break;
            }
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], levels + (container[i] is QuoteBlock or ListItemBlock ? 1 : 0)));
                    break;
                case LeafBlock { Inline: { } root }:
                    stack.Push((root, levels));
                    break;
                case ContainerInline container:
                    if (node is LinkInline) found.Add(container);
                    // A paragraph's root inline is not a level (it was pushed at its block's); an inline inside it is.
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, child is ContainerInline ? levels + 1 : levels));
                    break;
                case AutolinkInline or CitationInline:
                    found.Add((Inline)node);
                    break;
            }
        }
        stack.Clear();
        pending = stack;
        return tooDeep;
    }
}
