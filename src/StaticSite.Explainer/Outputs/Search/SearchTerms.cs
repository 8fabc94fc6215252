using System.Text;

namespace StaticSite.Explainer.Outputs.Search;

/// <summary>
/// Turns text into the terms the search index holds: folded to lower case without accents, split into words,
/// common words dropped, each word cut to a light stem ("spying" and "spies" to "spy", "agencies" to "agency",
/// "shared" and "sharing" to "shar").
/// </summary>
/// <remarks>
/// theme/assets/js/search.js does exactly the same to what the reader types, between its <c>terms:begin</c> and
/// <c>terms:end</c> markers; a test runs that code under Node over every word of the real site and compares.
/// Change both or neither.
/// </remarks>
public static class SearchTerms
{
    /// <summary>Words too common to tell pages apart; a query made only of them finds nothing.</summary>
    public static readonly IReadOnlySet<string> Stopwords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "had", "has", "have",
        "how", "in", "is", "it", "its", "of", "on", "or", "the", "to", "was", "were", "what", "when", "which",
        "who", "why", "with",
    };

    /// <summary>The terms of <paramref name="text"/> in order, repeats kept.</summary>
    public static IEnumerable<string> Of(string text)
    {
        foreach (var word in Words(text))
        {
            if (!Stopwords.Contains(word)) yield return Stem(word);
        }
    }

    /// <summary>The distinct terms of every text, in first-seen order, joined by spaces.</summary>
    public static string Joined(IEnumerable<string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var joined = new StringBuilder();
        foreach (var term in texts.SelectMany(Of))
        {
            if (!seen.Add(term)) continue;
            if (joined.Length > 0) joined.Append(' ');
            joined.Append(term);
        }
        return joined.ToString();
    }

    /// <summary>
    /// Lower case, accents taken off, "q" as "k" (readers who hear "GCHQ" type "gchk"), possessive "'s" dropped,
    /// split at anything that is not a letter or digit a–z, 0–9.
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && folded[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            var word = folded[start..i];
            // "Huawei's" is "huawei": the apostrophe ends the word and a lone "s" after it is dropped.
            var possessive = word == "s" && start > 0 && IsApostrophe(folded[start - 1]);
            start = -1;
            if (!possessive) yield return word;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // Latin letters with accents and the letter each folds to, one for one; search.js has the same two strings.
    // (Unicode decomposition would do it, but the build runs with invariant globalization, which has none.)
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>Lower case without accents (precomposed or combining), with "q" as "k".</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= '\u0300' and <= '\u036f') continue; // a combining accent, written apart from its letter
            if (c == '\u0130') // "İ": JavaScript lowers it to "i" and a combining dot, .NET leaves it
            {
                folded.Append('i');
                continue;
            }
            var at = c < '\u00e0' ? -1 : Accented.IndexOf(c);
            folded.Append(at >= 0 ? Plain[at] : c == 'q' ? 'k' : c);
        }
        return folded.ToString();
    }

    /// <summary>
    /// A light English stem: plurals ("-ies", "-es", "-s"), then "-ing", "-ed" or "-ly", then any final "e";
    /// a doubled consonant left by "-ing" or "-ed" is undoubled ("stopped", "stop"). Words of three letters or
    /// fewer, and numbers, are kept as they are.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetter(word[^1])) return word;
        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal))
        {
            if (w.Length > 4) w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length - 3 >= 3) w = Undouble(w[..^3]);
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length - 2 >= 3) w = Undouble(w[..^2]);
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length - 2 >= 4) w = w[..^2];

        while (w.Length > 3 && w[^1] == 'e') w = w[..^1];
        return w;
    }

    // "stopp" → "stop", but "call" and "pass" keep their double letter, as Porter's stemmer does.
    private static string Undouble(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'a' or 'e' or 'i' or 'o' or 'u') ? w[..^1] : w;
}
