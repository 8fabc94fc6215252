namespace StaticSite.Engine.Diagnostics;

/// <summary>
/// "Did you mean" hints: the closest known name by edit distance, counting a swap of two neighbouring letters as one
/// edit (the commonest slip, 'gcqh' for 'gchq'). A name is offered only when at most a third of the typed name
/// (rounded up) differs: a typo, not a different name that happens to share a long tail, as 'nyt-snowden-2013'
/// shares 'snowden-2013' with 'guardian-snowden-2013'.
/// </summary>
public static class Suggest
{
    public static string? Nearest(string wanted, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = Distance(wanted, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best is not null && bestDistance <= MostEdits(wanted) ? best : null;
    }

    public static string DidYouMean(string wanted, IEnumerable<string> known) =>
        Nearest(wanted, known) is { } hint ? $" (did you mean '{hint}'?)" : "";

    /// <summary>The most edits a hint may be from <paramref name="wanted"/>: a third of its length, rounded up, at least one.</summary>
    public static int MostEdits(string wanted) => Math.Max(1, (wanted.Length + 2) / 3);

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>: the optimal string alignment distance.</summary>
    public static int Distance(string a, string b)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[1][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var (beforeLast, last, current) = (rows[(i + 2) % 3], rows[i % 3], rows[(i + 1) % 3]);
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(current[j - 1] + 1, last[j] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, beforeLast[j - 2] + 1);
                current[j] = best;
            }
        }
        return rows[(a.Length + 1) % 3][b.Length];
    }
}
