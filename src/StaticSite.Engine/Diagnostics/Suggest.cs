namespace StaticSite.Engine.Diagnostics;

/// <summary>"Did you mean" hints: the closest known name by edit distance.</summary>
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
        // A hint more than half wrong is noise rather than help.
        return best is not null && bestDistance <= Math.Max(2, wanted.Length / 2) ? best : null;
    }

    public static string DidYouMean(string wanted, IEnumerable<string> known) =>
        Nearest(wanted, known) is { } hint ? $" (did you mean '{hint}'?)" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
