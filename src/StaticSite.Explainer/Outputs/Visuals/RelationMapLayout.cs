using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// Where each agency sits on the map: UK bodies in the left column, US bodies in the right, and counterparts
/// (two agencies that share intelligence across the Atlantic) on the same row. The rows are ordered so that
/// links within one column join neighbouring rows wherever possible, so no line has to pass behind a box.
/// </summary>
internal static class RelationMapLayout
{
    /// <summary>Row and column (0 for the UK, 1 for the US) of each agency.</summary>
    public static Dictionary<string, (int Row, int Column)> Place(IReadOnlyList<Agency> agencies, IReadOnlyList<AgencyLink> links)
    {
        var column = agencies.ToDictionary(a => a.Id, a => Array.IndexOf(Agency.Countries, a.Country), StringComparer.Ordinal);
        var rows = new List<(string? Uk, string? Us)>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        // Counterparts first, in the site's order of agencies.
        foreach (var agency in agencies)
        {
            if (placed.Contains(agency.Id)) continue;
            var partner = links.Where(l => l.Relation.Kind == "shares" && (l.From == agency.Id || l.Relation.Agency.Id == agency.Id))
                .Select(l => l.From == agency.Id ? l.Relation.Agency.Id : l.From)
                .FirstOrDefault(p => column.ContainsKey(p) && column[p] != column[agency.Id] && !placed.Contains(p));
            if (partner is null) continue;
            placed.Add(agency.Id);
            placed.Add(partner);
            rows.Add(column[agency.Id] == 0 ? (agency.Id, partner) : (partner, agency.Id));
        }
        // The pair with the most links between them first: the closest partnership heads the map.
        rows = [.. rows.OrderByDescending(r => links.Count(l => (l.From == r.Uk && l.Relation.Agency.Id == r.Us) || (l.From == r.Us && l.Relation.Agency.Id == r.Uk)))];
        // The rest side by side, each column in the site's order.
        var ukRest = agencies.Where(a => column[a.Id] == 0 && !placed.Contains(a.Id)).Select(a => a.Id).ToList();
        var usRest = agencies.Where(a => column[a.Id] == 1 && !placed.Contains(a.Id)).Select(a => a.Id).ToList();
        for (var i = 0; i < Math.Max(ukRest.Count, usRest.Count); i++)
        {
            rows.Add((i < ukRest.Count ? ukRest[i] : null, i < usRest.Count ? usRest[i] : null));
        }

        var order = BestOrder(rows, links, column);
        var at = new Dictionary<string, (int Row, int Column)>(StringComparer.Ordinal);
        for (var r = 0; r < order.Count; r++)
        {
            if (order[r].Uk is { } uk) at[uk] = (r, 0);
            if (order[r].Us is { } us) at[us] = (r, 1);
        }
        return at;
    }

    /// <summary>
    /// The order of rows with the shortest total length of links within a column; among equals, the first found
    /// (the given order is tried first), so the layout is the same every build. Every order is tried when there are
    /// few rows; a map of many rows keeps the given order.
    /// </summary>
    private static List<(string? Uk, string? Us)> BestOrder(List<(string? Uk, string? Us)> rows, IReadOnlyList<AgencyLink> links, Dictionary<string, int> column)
    {
        if (rows.Count > 7) return rows;
        var within = links.Where(l => column.ContainsKey(l.Relation.Agency.Id) && column[l.From] == column[l.Relation.Agency.Id]).ToList();
        var best = rows;
        var bestCost = int.MaxValue;
        foreach (var order in Permutations(Enumerable.Range(0, rows.Count).ToList()))
        {
            var row = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < order.Count; r++)
            {
                if (rows[order[r]].Uk is { } uk) row[uk] = r;
                if (rows[order[r]].Us is { } us) row[us] = r;
            }
            var cost = within.Sum(l => Math.Abs(row[l.From] - row[l.Relation.Agency.Id]));
            if (cost >= bestCost) continue;
            (bestCost, best) = (cost, order.Select(i => rows[i]).ToList());
        }
        return best;
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1) { yield return items; yield break; }
        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest)) yield return [items[i], .. tail];
        }
    }
}
