using System.Text;

namespace StaticSite.Benchmarks.Generation;

/// <summary>
/// Deterministic pseudo-English Markdown, a port of gen.py's <c>Text</c>: paragraphs, headings, bullet and
/// numbered lists, block quotes, tables, emphasis and links. Links are cross-references in our content model.
/// </summary>
internal sealed class TextGenerator(Random random)
{
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Sentence(IReadOnlyList<(string Label, string Url)>? linkPool = null, double linkProbability = 0, bool emphasis = true)
    {
        var parts = new List<string>(24);
        if (random.NextDouble() < 0.25) parts.Add(Pick(WordBank.Connectives) + ",");
        parts.AddRange([Pick(WordBank.Determiners), Pick(WordBank.Adjectives), Pick(WordBank.Nouns)]);
        if (random.NextDouble() < 0.3) parts.Add(Pick(WordBank.Adverbs));
        parts.AddRange([Pick(WordBank.Verbs), Pick(WordBank.Determiners), Pick(WordBank.Nouns)]);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            parts.AddRange([Pick(WordBank.Prepositions), Pick(WordBank.Determiners)]);
            if (random.NextDouble() < 0.5) parts.Add(Pick(WordBank.Adjectives));
            parts.Add(Pick(WordBank.Nouns));
        }
        if (random.NextDouble() < 0.3) parts.AddRange(["and", Pick(WordBank.Verbs), Pick(WordBank.Determiners), Pick(WordBank.Nouns)]);
        if (emphasis && random.NextDouble() < 0.12)
        {
            var i = random.Next(2, parts.Count);
            var mark = random.NextDouble() < 0.6 ? "*" : "**";
            parts[i] = mark + parts[i].TrimEnd(',') + mark;
        }
        if (linkPool is { Count: > 0 } && random.NextDouble() < linkProbability)
        {
            var (label, url) = Pick(linkPool);
            parts.Insert(random.Next(2, parts.Count), $"by the [{label}]({url})");
        }
        var s = string.Join(' ', parts);
        return char.ToUpperInvariant(s[0]) + s[1..] + ".";
    }

    public string Paragraph(int low = 3, int high = 6, IReadOnlyList<(string, string)>? linkPool = null, double linkProbability = 0, bool emphasis = true)
    {
        var count = random.Next(low, high + 1);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence(linkPool, linkProbability, emphasis)));
    }

    public string Heading()
    {
        var h = $"{Pick(WordBank.Adjectives)} {Pick(WordBank.Nouns)} {Pick(WordBank.Nouns)}";
        return char.ToUpperInvariant(h[0]) + h[1..];
    }

    /// <summary>About <paramref name="targetWords"/> words of Markdown, with at least <paramref name="minLinks"/> links.</summary>
    public string Body(int targetWords, IReadOnlyList<(string, string)>? linkPool, int minLinks, bool tables = false, string? citation = null)
    {
        var blocks = new List<string>();
        var words = 0;
        var p = linkPool is { Count: > 0 } ? 0.08 : 0;
        while (words < targetWords)
        {
            var k = random.NextDouble();
            var block = blocks.Count == 0 ? Paragraph(linkPool: linkPool, linkProbability: p)
                : k < 0.16 ? "## " + Heading()
                : k < 0.30 ? Bullets(linkPool, p)
                : k < 0.35 ? "> " + Paragraph(1, 2)
                : tables && k < 0.38 ? Table()
                : Paragraph(linkPool: linkPool, linkProbability: p);
            // A citation now and then, as real pages cite a source after a claim.
            if (citation is not null && block[0] is not ('#' or '|' or '>' or '-') && !char.IsDigit(block[0]) && random.NextDouble() < 0.2)
            {
                block = block[..^1] + $" [@{citation}].";
            }
            blocks.Add(block);
            words += block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        var text = new StringBuilder(string.Join("\n\n", blocks));
        if (linkPool is { Count: > 0 })
        {
            var have = CountOf(text.ToString(), "](");
            var extra = new List<string>();
            for (; have < minLinks; have++)
            {
                var (label, url) = Pick(linkPool);
                extra.Add($"See also the [{label}]({url}).");
            }
            if (extra.Count > 0) text.Append("\n\n").AppendJoin(' ', extra);
        }
        return text.ToString();
    }

    private string Bullets(IReadOnlyList<(string, string)>? linkPool, double p)
    {
        var ordered = random.NextDouble() < 0.3;
        var items = new List<string>();
        for (var i = 0; i < random.Next(3, 7); i++)
        {
            var item = Sentence(linkPool, p);
            if (random.NextDouble() < 0.3)
            {
                var adjective = Pick(WordBank.Adjectives);
                item = $"**{char.ToUpperInvariant(adjective[0])}{adjective[1..]}** {char.ToLowerInvariant(item[0])}{item[1..]}";
            }
            items.Add((ordered ? $"{i + 1}. " : "- ") + item);
        }
        return string.Join('\n', items);
    }

    private string Table()
    {
        var rows = new List<string> { "| Year | Body | Finding |", "| --- | --- | --- |" };
        for (var i = random.Next(3, 7); i > 0; i--)
        {
            var adjective = Pick(WordBank.Adjectives);
            rows.Add($"| {random.Next(1950, 2021)} | {char.ToUpperInvariant(adjective[0])}{adjective[1..]} {Pick(WordBank.Nouns)} | {Pick(WordBank.Adjectives)} {Pick(WordBank.Nouns)} |");
        }
        return string.Join('\n', rows);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
