using System.Buffers;

namespace StaticSite.Explainer.Markdown;

/// <summary>
/// What one piece of Markdown may ask of the parser, checked in one pass over its text before Markdig reads it.
/// Markdig gives up on deep nesting with an exception and no position, only after reading the whole text, and
/// some shapes cost it time that grows with the square of a paragraph's length (thousands of brackets or emphasis
/// marks in one paragraph, a run of unclosed parentheses after <c>](</c>). Nothing real comes near these limits:
/// they keep a mistyped or hostile file from stalling the build.
/// </summary>
/// <remarks>
/// The nesting of quotes, list items, emphasis and links is checked exactly on the syntax tree
/// (<see cref="MarkdownTree"/>). Here a line's nesting is only estimated from its markers and indentation (an upper
/// bound: every level needs a marker or two columns of indentation), and Markdig is not asked at all when a line
/// would go far past the limit; the problem is then reported where the estimate first passed it.
/// </remarks>
public static class MarkdownLimits
{
    /// <summary>How many levels quotes, list items, emphasis, links and parentheses may nest (MD001).</summary>
    public const int MaxDepth = 64;

    /// <summary>How many links, brackets and runs of emphasis marks one paragraph may hold (MD002).</summary>
    public const int MaxInlineMarks = 500;

    // Past this estimate Markdig is not asked: it would read the whole text before failing (seconds for a few
    // thousand levels) and it stops at 256 levels of blocks, which a list item takes two of.
    private const int LineGuard = 100;

    private static readonly SearchValues<char> Marks = SearchValues.Create("\\[()*_");

    public static MarkdownProblem? Check(string text)
    {
        var scan = new Scan(text);
        return scan.Run();
    }

    private ref struct Scan(string text)
    {
        private int line, lineStart;
        private int parens, marks;
        // The last character a backslash made text.
        private int escaped = -1;
        // Where the estimate first passed the limit in the run of deep lines that leads up to the current one.
        private (int Line, int Column)? firstDeepLine;
        // After a heading, which is a paragraph of its own, the next line starts a new one.
        private bool resetBeforeLine;

        public MarkdownProblem? Run()
        {
            for (var start = 0; start <= text.Length; line++)
            {
                // A line ends at "\n", "\r\n" or a lone "\r", as Markdig reads it.
                var found = text.AsSpan(start).IndexOfAny('\n', '\r');
                var end = found < 0 ? text.Length : start + found;
                lineStart = start;
                if (Line(start, end) is { } problem) return problem;
                start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
            }
            return null;
        }

        private MarkdownProblem? Line(int start, int end)
        {
            var prefix = Prefix(start, end);
            if (prefix.Problem is not null) return prefix.Problem;
            var content = text.AsSpan(prefix.ContentStart, end - prefix.ContentStart);
            // Marks are counted per paragraph, which Markdig reads as one: a count reset too rarely only refuses
            // sooner, one reset too often would let a paragraph through uncounted, so only lines that end a paragraph
            // wherever they are reset it (a line that continues one never does).
            var interrupts = EndsParagraph(content, prefix);
            if (resetBeforeLine || interrupts) (parens, marks) = (0, 0);
            resetBeforeLine = interrupts && IsHeading(content);
            return Inline(prefix.ContentStart, end);
        }

        // A line blank but for quote markers; or a bullet or "1." list item with text, or a heading or a fence of code,
        // at most three columns in (further in, it is a paragraph's text): all of which interrupt a paragraph. An item
        // numbered otherwise does not (and nothing after its number does), nor does an empty item, nor a '>' that
        // only continues a quote.
        private static bool EndsParagraph(ReadOnlySpan<char> content, (int ContentStart, int Gap, bool Aligned, bool Item, bool Listed, MarkdownProblem? Problem) prefix)
        {
            if (!prefix.Aligned) return false;
            var blank = content.Trim().IsEmpty;
            if (prefix.Listed) return prefix.Item && !blank;
            return blank || (prefix.Gap <= 3 && (IsHeading(content) || content.StartsWith("```") || content.StartsWith("~~~")));
        }

        private static bool IsHeading(ReadOnlySpan<char> content)
        {
            var hashes = 0;
            while (hashes < content.Length && content[hashes] == '#') hashes++;
            return hashes is >= 1 and <= 6 && (hashes == content.Length || content[hashes] is ' ' or '\t' or '\r');
        }

        // The quote and list markers and the indentation a line starts with; where its content begins, the columns of
        // white space just before it, whether no marker came after more than three columns of it, and whether the line
        // starts a list item that can interrupt a paragraph.
        private (int ContentStart, int Gap, bool Aligned, bool Item, bool Listed, MarkdownProblem? Problem) Prefix(int start, int end)
        {
            var (i, columns, levels, deep) = (start, 0, 0, false);
            var (gap, aligned, item, listed) = (0, true, false, false);
            while (i < end)
            {
                var c = text[i];
                var at = i;
                if (c == ' ') { columns++; gap++; i++; }
                else if (c == '\t') { var width = 4 - columns % 4; columns += width; gap += width; i++; }
                else if (c == '>') { aligned &= gap <= 3; gap = 0; levels++; i = SkipOneSpace(i + 1, end); }
                else if (ListMarkerLength(i, end) is > 0 and var length)
                {
                    aligned &= gap <= 3;
                    // The first list marker decides whether the line can start an item in the middle of a paragraph.
                    if (!listed) item = length == 1 || (length == 2 && text[i] == '1');
                    listed = true;
                    gap = 0;
                    levels++;
                    i = SkipOneSpace(i + length, end);
                }
                else break;
                var estimate = levels + columns / 2;
                if (estimate <= MaxDepth) continue;
                firstDeepLine ??= (line, at - start);
                deep = true;
                if (estimate > LineGuard)
                {
                    var (deepLine, deepColumn) = firstDeepLine.Value;
                    return (i, gap, aligned, item, listed, new MarkdownProblem(deepLine, deepColumn, "MD001", TooDeep("quotes and lists")));
                }
            }
            // A shallower line that is not blank ends the run of deep lines.
            if (!deep && i < end && !text.AsSpan(i, end - i).Trim().IsEmpty) firstDeepLine = null;
            return (i, gap, aligned, item, listed, null);
        }

        private readonly int SkipOneSpace(int i, int end) => i < end && text[i] == ' ' ? i + 1 : i;

        // "-", "+" or "*", or up to nine digits and "." or ")", followed by a space, a tab or the end of the line.
        private readonly int ListMarkerLength(int i, int end)
        {
            var length = 0;
            if (text[i] is '-' or '+' or '*') length = 1;
            else
            {
                while (length < 9 && i + length < end && char.IsAsciiDigit(text[i + length])) length++;
                if (length == 0 || i + length >= end || text[i + length] is not ('.' or ')')) return 0;
                length++;
            }
            return i + length == end || text[i + length] is ' ' or '\t' ? length : 0;
        }

        private MarkdownProblem? Inline(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var found = text.AsSpan(i, end - i).IndexOfAny(Marks);
                if (found < 0) break;
                i += found;
                switch (text[i])
                {
                    case '\\':
                        escaped = ++i; // an escaped character is text
                        break;
                    case '[':
                        if (++marks > MaxInlineMarks) return TooMany(i - lineStart);
                        break;
                    case '(':
                        if (++parens > MaxDepth) return new MarkdownProblem(line, i - lineStart, "MD001", TooDeep("parentheses"));
                        break;
                    case ')':
                        if (parens > 0) parens--;
                        break;
                    case '*' or '_' when IsEmphasisRun(i, start):
                        if (++marks > MaxInlineMarks) return TooMany(i - lineStart);
                        break;
                }
            }
            return null;
        }

        // The first mark of a run (after an escaped one, "\**", a new run starts); an underscore inside a word
        // (snake_case) is not emphasis.
        private readonly bool IsEmphasisRun(int i, int start)
        {
            var c = text[i];
            if (i > start && text[i - 1] == c && escaped != i - 1) return false;
            if (c == '*') return true;
            var end = i;
            while (end < text.Length && text[end] == '_') end++;
            return !(i > start && char.IsLetterOrDigit(text[i - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]));
        }

        private readonly MarkdownProblem TooMany(int column) => new(line, column, "MD002",
            $"this paragraph has more than {MaxInlineMarks:N0} links, brackets and emphasis marks ('*', '_'), more than Markdown can read in reasonable time; split it with blank lines, or write a '*', '_' or '[' that is only text as '\\*', '\\_' or '\\['");
    }

    /// <summary>The message for nesting deeper than <see cref="MaxDepth"/>, naming what nests.</summary>
    public static string TooDeep(string what) =>
        $"Markdown nested more than {MaxDepth} levels deep here ({what} inside one another), which no page needs; take some levels out, or write a '>', '*', '[' or '(' that is only text as '\\>', '\\*', '\\[' or '\\('";
}
