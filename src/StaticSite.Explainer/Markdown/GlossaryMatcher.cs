using System.Text.RegularExpressions;
using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Markdown;

/// <summary>One regular expression for every glossary term and its other spellings, built once per build.</summary>
public sealed class GlossaryMatcher
{
    private readonly Dictionary<string, GlossaryTerm> byText = new(StringComparer.OrdinalIgnoreCase);

    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        foreach (var term in terms)
        {
            foreach (var text in term.Spellings) byText.TryAdd(text, term);
        }
        // Longest first, so "non-core network" wins over "core network".
        var alternatives = byText.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        Pattern = byText.Count == 0 ? null : new Regex($@"(?<![\w-])(?:{string.Join('|', alternatives)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public Regex? Pattern { get; }

    public GlossaryTerm TermFor(string text) => byText[text];
}
