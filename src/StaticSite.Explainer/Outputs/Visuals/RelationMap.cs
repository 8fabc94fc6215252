using StaticSite.Explainer.Data;
using static StaticSite.Explainer.Outputs.Visuals.Markup;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// The map of links between agencies, drawn at build time from <see cref="Agency.Relations"/>: UK bodies on the
/// left, US bodies on the right, counterparts on one row (<see cref="RelationMapLayout"/>), each box a link to its
/// page and each line labelled with what it means. A relation written on both agencies (staff placed in each
/// other) is one line with an arrow at each end. The full map ends with the dispute of the article's year: its
/// episodes in order, each in the column of the country whose bodies took part. Drawn 360 units wide so that on
/// a 375 px phone a unit is above 0.9 CSS px and the 14-unit text above 12 px; the stylesheet caps its width.
/// The same relations follow as a list.
/// </summary>
public static class RelationMap
{
    private const double Width = 360;
    private const double NodeWidth = 88;
    private const double NodeHeight = 40;
    private const double Top = 60;
    private const double RowGap = 104;
    private static readonly double[] Columns = [4 + NodeWidth / 2, Width - 4 - NodeWidth / 2];

    /// <summary>Every agency and every relation, the dispute of the article's year, and a written list of the relations.</summary>
    public static string Full(SiteModel site) =>
        Draw(site, site.Agencies, site.Agencies.SelectMany(a => a.Relations.Select(r => new AgencyLink(a.Id, r))).ToList(), focus: null, id: "map", withList: true);

    /// <summary>One agency and those it is linked to; null when it has no links (the page then shows no map).</summary>
    public static string? Neighbourhood(SiteModel site, Agency focus)
    {
        var links = site.RelationsOf[focus.Id].Distinct().ToList();
        if (links.Count == 0) return null;
        var ids = links.SelectMany(l => new[] { l.From, l.Relation.Agency.Id }).Append(focus.Id).ToHashSet(StringComparer.Ordinal);
        // In the site's order, found by id: filtering every agency for every agency page was quadratic.
        var agencies = ids.Select(id => site.Get<Agency>(EntityKind.Agency, id)).OrderBy(site.PositionOf).ToList();
        return Draw(site, agencies, links, focus, id: "neighbourhood", withList: false);
    }

    /// <summary>A line on the map: one relation, or a one-way relation written on both agencies, drawn once with two arrows.</summary>
    private sealed record MapLine(string From, string To, string Kind, bool BothWays, IReadOnlyList<AgencyLink> Links);

    private static string Draw(SiteModel site, IReadOnlyList<Agency> agencies, IReadOnlyList<AgencyLink> links, Agency? focus, string id, bool withList)
    {
        var at = RelationMapLayout.Place(agencies, links);
        links = links.Where(l => at.ContainsKey(l.From) && at.ContainsKey(l.Relation.Agency.Id)).ToList();
        var lines = LinesOf(links);
        var rows = at.Values.Select(p => p.Row).DefaultIfEmpty(-1).Max() + 1;
        var dispute = focus is null ? DisputeOf(site) : [];
        var disputeTop = Top + rows * RowGap - 20;
        var (disputeBoxes, disputeHeight) = RelationMapDispute.Measure(site, dispute, disputeTop);
        var height = dispute.Count == 0 ? Top + rows * RowGap - 40 : disputeTop + disputeHeight;
        var title = focus is null ? $"Links between the agencies, and the dispute of {site.Site.Article.Date.Year}" : $"{focus.ShortName} and the agencies it is linked to";

        var m = new Markup(new System.Text.StringBuilder());
        m.Html("figure", ("class", "relation-map"));
        m.Svg("svg", ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", "100%"), ("class", "map-svg"), ("role", "group"),
            ("aria-labelledby", $"{id}-title"), ("aria-describedby", $"{id}-desc"));
        m.SvgText("title", title, ("id", $"{id}-title"));
        m.SvgText("desc", string.Join(" ", links.Select(l => Sentence(site, l)).Concat(dispute.Select(RelationMapDispute.Sentence))), ("id", $"{id}-desc"));
        m.Svg("defs");
        foreach (var (marker, d) in new[] { ("end", "M0,0 L10,5 L0,10 z"), ("start", "M10,0 L0,5 L10,10 z") })
        {
            m.Svg("marker", ("id", $"{id}-arrow-{marker}"), ("viewBox", "0 0 10 10"), ("refX", marker == "end" ? "10" : "0"), ("refY", "5"),
                ("markerWidth", "5"), ("markerHeight", "5"), ("orient", "auto"));
            m.SvgElement("path", ("class", "map-arrowhead"), ("d", d)).End();
        }
        m.End();

        m.Svg("g", ("aria-hidden", "true"));
        m.SvgText("text", "United Kingdom", ("class", "map-country"), ("x", "4"), ("y", "24"));
        m.SvgText("text", "United States", ("class", "map-country"), ("x", N(Width - 4)), ("y", "24"), ("text-anchor", "end"));
        m.End();

        m.Svg("g", ("class", "map-links"));
        foreach (var group in lines.GroupBy(l => Pair(l.From, l.To)))
        {
            var list = group.ToList();
            for (var k = 0; k < list.Count; k++) DrawLine(m, site, list[k], at, k, list.Count, id);
        }
        m.End();
        foreach (var agency in agencies)
        {
            var (x, y) = Centre(at[agency.Id]);
            m.Svg("a", ("href", SiteModel.UrlOf(agency)), ("class", agency == focus ? "map-node is-focus" : "map-node"),
                ("aria-label", $"{agency.ShortName}: {agency.Name}"));
            m.SvgText("title", agency.Name);
            m.SvgElement("rect", ("x", N(x - NodeWidth / 2)), ("y", N(y - NodeHeight / 2)), ("width", N(NodeWidth)), ("height", N(NodeHeight)), ("rx", "6"));
            m.SvgText("text", agency.ShortName, ("x", N(x)), ("y", N(y + 6)), ("text-anchor", "middle"));
            m.End();
        }
        if (dispute.Count > 0) RelationMapDispute.Draw(m, site.Site.Article.Date.Year, disputeBoxes, disputeTop, Width, id);
        m.End();
        m.Element("figcaption", focus is null
            ? $"UK bodies on the left, US bodies on the right; counterparts share a row. Each box links to the agency's page and each line says what it means. Below, the dispute of {site.Site.Article.Date.Year} in order, each step in the column of the country that took it. The list after the map gives every link in words."
            : $"{focus.ShortName}'s links. Each box links to the agency's page; the list below gives the same links in words.");
        m.End();

        if (withList)
        {
            m.Html("ul", ("class", "relation-list"));
            foreach (var link in links)
            {
                var from = site.Get<Agency>(EntityKind.Agency, link.From);
                var to = site.Get<Agency>(EntityKind.Agency, link.Relation.Agency.Id);
                m.Html("li").Element("a", from.ShortName, ("href", SiteModel.UrlOf(from))).Text($" {link.Relation.Verb()} ")
                    .Element("a", to.ShortName, ("href", SiteModel.UrlOf(to)));
                if (link.Relation.Note is { } note) m.Text(": ").Element("span", note, ("class", "note"));
                m.End();
            }
            m.End();
            if (dispute.Count > 0) RelationMapDispute.List(m, site.Site.Article.Date.Year, dispute);
        }
        return m.ToString();
    }

    /// <summary>The episodes of the article's year (or running into it), oldest first: the dispute the article is about.</summary>
    private static IReadOnlyList<Episode> DisputeOf(SiteModel site)
    {
        var year = site.Site.Article.Date.Year;
        return site.Episodes.Where(e => e.Date.Year <= year && (e.EndDate ?? e.Date).Year >= year).ToList();
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>One line per relation, except a one-way relation whose reverse is also written: one line, both ways.</summary>
    private static List<MapLine> LinesOf(IReadOnlyList<AgencyLink> links)
    {
        var lines = new List<MapLine>();
        var done = new HashSet<AgencyLink>();
        foreach (var link in links)
        {
            if (!done.Add(link)) continue;
            var to = link.Relation.Agency.Id;
            var reverse = IsTwoWay(link.Relation.Kind) ? null
                : links.FirstOrDefault(l => !done.Contains(l) && l.From == to && l.Relation.Agency.Id == link.From && l.Relation.Kind == link.Relation.Kind);
            if (reverse is not null) done.Add(reverse);
            lines.Add(new MapLine(link.From, to, link.Relation.Kind, reverse is not null, reverse is null ? [link] : [link, reverse]));
        }
        return lines;
    }

    private static bool IsTwoWay(string kind) => kind is "shares" or "delegation";

    private static string LabelOf(MapLine line) => (line.Kind, line.BothWays) switch
    {
        ("shares", _) => "share intelligence",
        // No year: a relation has no date of its own, and the dispute below dates the episode it names.
        ("delegation", _) => "one delegation",
        ("embeds", true) => "staff in each other",
        ("embeds", false) => "places staff in",
        ("oversees", _) => "oversees",
        _ => "lobbied",
    };

    private static (double X, double Y) Centre((int Row, int Column) at) => (Columns[at.Column], Top + at.Row * RowGap);

    private static void DrawLine(Markup m, SiteModel site, MapLine line, Dictionary<string, (int Row, int Column)> at, int k, int count, string id)
    {
        var (a, b) = (at[line.From], at[line.To]);
        var (ax, ay) = Centre(a);
        var (bx, by) = Centre(b);
        var offset = (k - (count - 1) / 2.0) * 20;
        var directed = !IsTwoWay(line.Kind);
        m.Svg("g", ("class", $"map-link kind-{line.Kind}"));
        m.SvgText("title", string.Join(" ", line.Links.Select(l => Sentence(site, l))));
        string d;
        double lx, ly;
        string anchor;
        if (a.Row == b.Row)
        {
            // Across the Atlantic on one row: a straight line between the boxes, its label above it (or below, for the lower of two).
            var sign = ax < bx ? 1 : -1;
            var y = ay + offset;
            d = $"M{N(ax + sign * NodeWidth / 2)},{N(y)} H{N(bx - sign * NodeWidth / 2)}";
            (lx, ly, anchor) = (Width / 2, offset > 0 ? y + 17 : y - 7, "middle");
        }
        else if (a.Column == b.Column)
        {
            // Within a column: a line between the boxes, its label on the side that faces the middle.
            var sign = ay < by ? 1 : -1;
            var x = ax + offset;
            d = $"M{N(x)},{N(ay + sign * NodeHeight / 2)} V{N(by - sign * NodeHeight / 2)}";
            (lx, ly, anchor) = a.Column == 0 ? (x + 8, (ay + by) / 2 + 5, "start") : (x - 8, (ay + by) / 2 + 5, "end");
        }
        else
        {
            // Across a row: a diagonal between the nearer corners, labelled at its middle.
            var sign = ax < bx ? 1 : -1;
            var (x1, x2) = (ax + sign * NodeWidth / 2, bx - sign * NodeWidth / 2);
            d = $"M{N(x1)},{N(ay + offset)} L{N(x2)},{N(by + offset)}";
            (lx, ly, anchor) = ((x1 + x2) / 2, (ay + by) / 2 - 6, "middle");
        }
        m.SvgElement("path", ("d", d), ("marker-end", directed ? $"url(#{id}-arrow-end)" : null), ("marker-start", line.BothWays ? $"url(#{id}-arrow-start)" : null));
        m.SvgText("text", LabelOf(line), ("class", "map-label"), ("x", N(lx)), ("y", N(ly)), ("text-anchor", anchor));
        m.End();
    }

    private static string Sentence(SiteModel site, AgencyLink link) =>
        $"{site.Get<Agency>(EntityKind.Agency, link.From).ShortName} {link.Relation.Verb()} {site.Get<Agency>(EntityKind.Agency, link.Relation.Agency.Id).ShortName}.";
}
