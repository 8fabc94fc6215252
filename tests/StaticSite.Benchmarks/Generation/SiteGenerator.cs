using System.Globalization;
using System.Text;

namespace StaticSite.Benchmarks.Generation;

/// <summary>
/// Writes a synthetic site in our content model, shaped like ssgbench's gen.py: N episodes of 400–800 words,
/// N/10 agencies (each with at least one episode, so every agency page lists its episodes), N/20 long sections,
/// one source every page cites, and site.yml. Same N and seed give byte-identical files.
/// </summary>
internal sealed class SiteGenerator(int episodes, int seed)
{
    private const string SourceId = "bench-source";
    private static readonly string[] Kinds = ["signals", "human", "policy", "oversight"];
    private static readonly DateOnly FirstDay = new(1900, 1, 1);
    private static readonly int DaySpan = new DateOnly(2023, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    /// <summary>Every file, keyed by its path under input/.</summary>
    public IReadOnlyDictionary<string, string> Generate()
    {
        var random = new Random(seed);
        var text = new TextGenerator(random);
        var agencies = Agencies(random, text);
        Episodes(random, text, agencies);
        Sections(random, text, agencies);
        files["sources/bench-source.yml"] = Yaml(("title", Quote("Signals and Secrets: the synthetic record")), ("publisher", "ssgbench"),
            ("url", Quote("https://example.org/ssgbench/")), ("kind", "reference"));
        files["site.yml"] = $"""
            title: "Signals and Secrets: an explainer"
            description: "A synthetic explainer of {episodes} episodes, for timing the build."
            base_url: "https://bench.example.org/"
            language: en-GB
            licence:
              name: "CC BY 4.0"
              url: "https://creativecommons.org/licenses/by/4.0/"
            article:
              title: "Signals and Secrets"
              author: Ann Example
              publication: The Benchmark
              date: 2020-02
              url: "https://example.org/ssgbench/article"
              source: {SourceId}

            """;
        return files;
    }

    public void WriteTo(string inputDirectory)
    {
        if (Directory.Exists(inputDirectory)) Directory.Delete(inputDirectory, recursive: true);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (path, content) in Generate().OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var full = Path.Combine(inputDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, utf8);
        }
    }

    private List<(string Id, string Name)> Agencies(Random random, TextGenerator text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var agencies = new List<(string, string)>();
        for (var i = 0; i < Math.Max(1, episodes / 10); i++)
        {
            var name = Unique($"{text.Pick(WordBank.AgencyQualifiers)} {text.Pick(WordBank.AgencyHeads)} of {text.Pick(WordBank.AgencyTails)}", names).Replace('-', ' ');
            var acronym = string.Concat(name.Split(' ').Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            var id = Unique(acronym.ToLowerInvariant(), ids);
            agencies.Add((id, name));
            (string, string)[] fields =
            [
                ("name", Quote(name)), ("short_name", Quote(acronym)), ("country", random.Next(2) == 0 ? "UK" : "US"),
                ("kind", text.Pick(Kinds)), ("founded", random.Next(1900, 2011).ToString(CultureInfo.InvariantCulture)),
                ("parent", Quote("The " + text.Pick(WordBank.AgencyHeads) + " of " + text.Pick(WordBank.AgencyTails))),
                ("summary", Quote(text.Sentence(emphasis: false))),
            ];
            files[$"agencies/{id}.md"] = MarkdownFile(text.Paragraph(4, 8), [.. fields, ("sources", $"[{SourceId}]")]);
        }
        return agencies;
    }

    private void Episodes(Random random, TextGenerator text, List<(string Id, string Name)> agencies)
    {
        var days = Days(random);
        var order = Enumerable.Range(0, episodes).ToArray();
        random.Shuffle(order); // file order is unrelated to date order, as in gen.py
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int[] agencyCounts = [1, 1, 2, 2, 2, 3, 3, 4];
        for (var i = 0; i < episodes; i++)
        {
            var title = $"The {text.Pick(WordBank.EpisodeFirst)} {text.Pick(WordBank.EpisodeSecond)} {text.Pick(WordBank.EpisodeKinds)}";
            var id = Unique(title[4..].ToLowerInvariant().Replace(' ', '-'), ids);
            var own = new List<(string Id, string Name)> { agencies[i % agencies.Count] }; // every agency has an episode
            var count = Math.Min(agencies.Count, text.Pick(agencyCounts));
            while (own.Count < count)
            {
                var other = text.Pick(agencies);
                if (!own.Contains(other)) own.Add(other);
            }
            var links = own.Select(a => (a.Name, $"xref:agency/{a.Id}")).ToList();
            var body = text.Body(random.Next(400, 801), links, Math.Min(3, 2 + own.Count / 2), citation: SourceId);
            var date = FirstDay.AddDays(days[order[i]]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var summary = text.Sentence(emphasis: false);
            files[$"episodes/{id}.md"] = MarkdownFile(body, ("title", Quote(title)), ("date", date), ("agencies", $"[{string.Join(", ", own.Select(a => a.Id))}]"),
                ("summary", Quote(summary)), ("outcome", Quote(text.Sentence(emphasis: false))), ("sources", $"[{SourceId}]"));
        }
    }

    private void Sections(Random random, TextGenerator text, List<(string Id, string Name)> agencies)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, episodes / 20); i++)
        {
            var topic = WordBank.SectionTopics[i % WordBank.SectionTopics.Length];
            var title = i < WordBank.SectionTopics.Length ? topic : $"{topic}, part {i / WordBank.SectionTopics.Length + 1}";
            var id = Unique(Slug(title), ids);
            var pool = RandomFour(random, agencies).Select(a => (a.Name, $"xref:agency/{a.Id}")).ToList();
            var summary = text.Sentence(emphasis: false);
            var body = text.Body(random.Next(1200, 2401), pool, 2, tables: true, citation: SourceId);
            files[$"sections/{id}.md"] = $"---\ntitle: {Quote(title)}\norder: {i + 1}\nsummary: {Quote(summary)}\n---\n{body}\n";
        }
    }

    /// <summary>
    /// The first four of the agencies shuffled by random keys. Same draws and result as
    /// <c>OrderBy(_ =&gt; random.Next()).Take(4)</c> (a stable sort, ties by position) without sorting every
    /// agency for every section, which made N=100000 take six minutes to generate.
    /// </summary>
    private static IEnumerable<(string Id, string Name)> RandomFour(Random random, List<(string Id, string Name)> agencies)
    {
        var keys = new int[agencies.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = random.Next();
        var best = new List<int>(5);
        for (var i = 0; i < keys.Length; i++)
        {
            var at = best.Count;
            while (at > 0 && keys[best[at - 1]] > keys[i]) at--;
            if (at >= 4) continue;
            best.Insert(at, i);
            if (best.Count > 4) best.RemoveAt(4);
        }
        return best.Select(i => agencies[i]);
    }

    /// <summary>Distinct days where the span allows it, so "by date" has no ties; sorted, as in gen.py.</summary>
    private int[] Days(Random random)
    {
        if (episodes > DaySpan) return Enumerable.Range(0, episodes).Select(_ => random.Next(DaySpan)).Order().ToArray();
        var all = Enumerable.Range(0, DaySpan).ToArray();
        for (var i = 0; i < episodes; i++)
        {
            var j = random.Next(i, DaySpan);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all[..episodes].Order().ToArray();
    }

    private static string Unique(string wanted, HashSet<string> used)
    {
        var s = wanted;
        for (var k = 2; !used.Add(s); k++) s = $"{wanted}-{k}";
        return s;
    }

    private static string Slug(string s) =>
        string.Join('-', s.ToLowerInvariant().Split([' ', ',', ':'], StringSplitOptions.RemoveEmptyEntries));

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // Agencies and episodes are Markdown with front matter, as the peers' content is, rather than YAML with a body block.
    private static string MarkdownFile(string body, params (string Key, string Value)[] fields) => $"---\n{Yaml(fields)}---\n{body}\n";

    private static string Yaml(params (string Key, string Value)[] fields) =>
        string.Concat(fields.Select(f => $"{f.Key}: {f.Value}\n"));
}
