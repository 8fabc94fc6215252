using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// Where things are in a Liquid file. Fluid's parsed statements carry no positions, so a check that finds a fault
/// in the parsed tree (an unknown filter, a missing partial, a misspelt name) looks for its text here, in the
/// file's markup only: text outside <c>{{ }}</c> and <c>{% %}</c>, comments, raw blocks and quoted strings are
/// masked out first, so a filter name in a paragraph or a string never matches.
/// </summary>
internal sealed partial class LiquidMarkup
{
    private readonly string path;
    private readonly int[] lineStarts;

    // The file with everything that is not markup replaced by spaces (line breaks kept, so offsets stay the same);
    // in Code, quoted strings inside markup are masked too.
    private readonly string withStrings;
    private readonly string code;

    public LiquidMarkup(string path, string text)
    {
        this.path = path;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        lineStarts = [.. starts];
        (withStrings, code) = Mask(text);
    }

    /// <summary>Each place where <paramref name="filter"/> is applied (<c>| name</c>), at the name.</summary>
    public IEnumerable<SourceSpan> Filter(string filter) =>
        Matches(code, $@"\|\s*({Regex.Escape(filter)})(?![\w-])");

    /// <summary>Each <c>render</c> or <c>include</c> tag that names <paramref name="partial"/>, at the tag.</summary>
    public IEnumerable<SourceSpan> PartialTag(string partial) =>
        Matches(withStrings, $@"(\{{%-?)\s*(?:render|include)\s+(['""]){Regex.Escape(partial)}\2");

    /// <summary>Each range with these literal bounds, <c>(1..2000000000)</c>, at its opening bracket.</summary>
    public IEnumerable<SourceSpan> Range(string from, string to) =>
        Matches(code, $@"(\()\s*{Regex.Escape(from)}\s*\.\.\s*{Regex.Escape(to)}\s*\)");

    /// <summary>Each use of the dotted name <paramref name="segments"/> (<c>data.Episode.Sumary</c>), at its first letter; not as the end of a longer name (<c>page.data.Title</c>; a range's <c>..</c> is no dot of a name), nor where a tag names what it makes (<c>for item in</c>).</summary>
    public IEnumerable<SourceSpan> Member(IReadOnlyList<string> segments) =>
        Matches(code, $@"(?<![\w\]])(?<!(?<!\.)\.)(?<!\b(?:for|tablerow|assign|capture|increment|decrement)\s+)({string.Join(@"\s*\.\s*", segments.Select(Regex.Escape))})(?![\w-])");

    /// <summary>The first place that matches, or the start of the file when the text is written some other way.</summary>
    public SourceSpan First(IEnumerable<SourceSpan> places) => places.DefaultIfEmpty(SourceSpan.File(path)).First();

    private IEnumerable<SourceSpan> Matches(string text, string pattern)
    {
        foreach (Match match in Regex.Matches(text, pattern, RegexOptions.CultureInvariant))
        {
            yield return At(match.Groups[1].Index);
        }
    }

    private SourceSpan At(int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new SourceSpan(path, line + 1, offset - lineStarts[line] + 1);
    }

    private static (string WithStrings, string Code) Mask(string text)
    {
        var withStrings = new StringBuilder(text.Length).Append(' ', text.Length);
        var code = new StringBuilder(text.Length).Append(' ', text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') withStrings[i] = code[i] = '\n';
        }
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            if (open < 0 || open + 1 >= text.Length) break;
            var kind = text[open + 1];
            if (kind is not ('{' or '%'))
            {
                at = open + 1;
                continue;
            }
            var end = EndOfMarkup(text, open + 2, kind == '{' ? "}}" : "%}");
            var inner = text[(open + 2)..Math.Max(open + 2, end - 2)];
            if (kind == '%' && SkippedBlock().Match(inner) is { Success: true } skipped)
            {
                // Nothing inside a comment or raw block is markup; "{% # ... %}" is a comment of one tag.
                if (skipped.Groups[1].Value is "#") { at = end; continue; }
                var close = new Regex($@"\{{%-?\s*end{skipped.Groups[1].Value}\s*-?%\}}").Match(text, end);
                at = close.Success ? close.Index + close.Length : text.Length;
                continue;
            }
            Copy(text, open, end, withStrings, code);
            at = end;
        }
        return (withStrings.ToString(), code.ToString());
    }

    // Where the markup opened before start ends: after its closing delimiter, or at the end of the file.
    private static int EndOfMarkup(string text, int start, string closing)
    {
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == q) quote = null;
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == closing[0] && i + 1 < text.Length && text[i + 1] == closing[1]) return i + 2;
        }
        return text.Length;
    }

    private static void Copy(string text, int from, int to, StringBuilder withStrings, StringBuilder code)
    {
        char? quote = null;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\n') continue;
            withStrings[i] = c;
            if (quote is { } q)
            {
                if (c == q) quote = null;
                else continue;
            }
            else if (c is '\'' or '"') quote = c;
            code[i] = c;
        }
    }

    [GeneratedRegex(@"^-?\s*(comment|raw|doc|#)(?![\w])")]
    private static partial Regex SkippedBlock();
}
