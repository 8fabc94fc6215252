using StaticSite.Explainer.Data;
using static StaticSite.Explainer.Outputs.Visuals.Markup;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// The map of links between agencies, drawn at build time from <see cref="Agency.Relations"/>: UK bodies in
/// the left column, US bodies in the right, each a link to its page. Kinds of link differ by dash pattern and
/// arrowhead as well as colour (so the legend works in greyscale and print), and the full map is followed by
/// the same relations written out as a list.
/// </summary>
public static class RelationMap
{
    private const double Width = 760;
    private const double NodeWidth = 128;
    private const double NodeHeight = 44;
    private const double Top = 64;
    private const double RowHeight = 84;
    private static readonly double[] Columns = [200, 560];

    /// <summary>Every agency and every relation, with a written list of the relations.</summary>
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

    public static string Verb(string kind) => kind switch
    {
        "shares" => "shares intelligence with",
        "lobbied" => "lobbied",
        "oversees" => "oversees",
        _ => "places staff in",
    };

    private static string Draw(SiteModel site, IReadOnlyList<Agency> agencies, IReadOnlyList<AgencyLink> links, Agency? focus, string id, bool withList)
    {
        var positions = new Dictionary<string, (double X, double Y, int Column)>(StringComparer.Ordinal);
        for (var column = 0; column < Agency.Countries.Length; column++)
        {
            var row = 0;
            foreach (var agency in agencies.Where(a => a.Country == Agency.Countries[column]))
            {
                positions[agency.Id] = (Columns[column], Top + 24 + row++ * RowHeight, column);
            }
        }
        links = links.Where(l => positions.ContainsKey(l.From) && positions.ContainsKey(l.Relation.Agency.Id)).ToList();
        var kinds = Relation.Kinds.Where(k => links.Any(l => l.Relation.Kind == k)).ToList();
        var rows = positions.Values.GroupBy(p => p.Column).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        var legendTop = Top + rows * RowHeight + 8;
        var height = legendTop + (kinds.Count + 1) / 2 * 30 + 12;
        var title = focus is null ? "Links between the agencies" : $"{focus.ShortName} and the agencies it is linked to";

        var m = new Markup(new System.Text.StringBuilder());
        m.Html("figure", ("class", "relation-map"));
        m.Svg("svg", ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", "100%"), ("class", "map-svg"), ("role", "group"),
            ("aria-labelledby", $"{id}-title"), ("aria-describedby", $"{id}-desc"));
        m.SvgText("title", title, ("id", $"{id}-title"));
        m.SvgText("desc", string.Join(" ", links.Select(l => Sentence(site, l))), ("id", $"{id}-desc"));
        m.Svg("defs").Svg("marker", ("id", $"{id}-arrow"), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"),
            ("markerWidth", "5"), ("markerHeight", "5"), ("orient", "auto"));
        m.SvgElement("path", ("class", "map-arrowhead"), ("d", "M0,0 L10,5 L0,10 z")).End().End();

        m.Svg("g", ("aria-hidden", "true"));
        m.SvgText("text", "United Kingdom", ("class", "map-country"), ("x", N(Columns[0])), ("y", "28"), ("text-anchor", "middle"));
        m.SvgText("text", "United States", ("class", "map-country"), ("x", N(Columns[1])), ("y", "28"), ("text-anchor", "middle"));
        m.End();

        DrawLinks(m, site, links, positions, id);
        foreach (var agency in agencies)
        {
            var (x, y, _) = positions[agency.Id];
            m.Svg("a", ("href", SiteModel.UrlOf(agency)), ("class", agency == focus ? "map-node is-focus" : "map-node"),
                ("aria-label", $"{agency.ShortName}: {agency.Name}"));
            m.SvgText("title", agency.Name);
            m.SvgElement("rect", ("x", N(x - NodeWidth / 2)), ("y", N(y - NodeHeight / 2)), ("width", N(NodeWidth)), ("height", N(NodeHeight)), ("rx", "6"));
            m.SvgText("text", agency.ShortName, ("x", N(x)), ("y", N(y + 6)), ("text-anchor", "middle"));
            m.End();
        }
        DrawLegend(m, kinds, legendTop, id);
        m.End();
        m.Element("figcaption", focus is null
            ? "UK bodies on the left, US bodies on the right. Each box links to the agency's page; the list below gives every link in words."
            : $"{focus.ShortName}'s links. Each box links to the agency's page; the list below gives the same links in words.");
        m.End();

        if (withList)
        {
            m.Html("ul", ("class", "relation-list"));
            foreach (var link in links)
            {
                var from = site.Get<Agency>(EntityKind.Agency, link.From);
                var to = site.Get<Agency>(EntityKind.Agency, link.Relation.Agency.Id);
                m.Html("li").Element("a", from.ShortName, ("href", SiteModel.UrlOf(from))).Text($" {Verb(link.Relation.Kind)} ")
                    .Element("a", to.ShortName, ("href", SiteModel.UrlOf(to)));
                if (link.Relation.Note is { } note) m.Text(": ").Element("span", note, ("class", "note"));
                m.End();
            }
            m.End();
        }
        return m.ToString();
    }

    private static string Sentence(SiteModel site, AgencyLink link) =>
        $"{site.Get<Agency>(EntityKind.Agency, link.From).ShortName} {Verb(link.Relation.Kind)} {site.Get<Agency>(EntityKind.Agency, link.Relation.Agency.Id).ShortName}.";

    private static void DrawLinks(Markup m, SiteModel site, IReadOnlyList<AgencyLink> links, Dictionary<string, (double X, double Y, int Column)> positions, string id)
    {
        // Links between the same two agencies fan out so that each stays visible.
        var pairs = links.GroupBy(l => string.CompareOrdinal(l.From, l.Relation.Agency.Id) < 0 ? (l.From, l.Relation.Agency.Id) : (l.Relation.Agency.Id, l.From));
        m.Svg("g", ("class", "map-links"));
        foreach (var pair in pairs)
        {
            var list = pair.ToList();
            for (var k = 0; k < list.Count; k++)
            {
                var link = list[k];
                var a = positions[link.From];
                var b = positions[link.Relation.Agency.Id];
                var fan = (k - (list.Count - 1) / 2.0) * 28;
                var directed = link.Relation.Kind != "shares";
                m.Svg("g", ("class", $"map-link kind-{link.Relation.Kind}"));
                m.SvgText("title", Sentence(site, link));
                m.SvgElement("path", ("d", PathOf(a, b, fan)), ("marker-end", directed ? $"url(#{id}-arrow)" : null));
                m.End();
            }
        }
        m.End();
    }

    private static string PathOf((double X, double Y, int Column) a, (double X, double Y, int Column) b, double fan)
    {
        if (a.Column != b.Column)
        {
            var sign = a.X < b.X ? 1 : -1;
            var (x1, x2) = (a.X + sign * NodeWidth / 2, b.X - sign * NodeWidth / 2);
            var (mx, my) = ((x1 + x2) / 2, (a.Y + b.Y) / 2 + fan);
            return $"M{N(x1)},{N(a.Y)} Q{N(mx)},{N(my)} {N(x2)},{N(b.Y)}";
        }
        // Within one country the link bows outwards, away from the other column.
        var outward = a.Column == 0 ? -1 : 1;
        var side = a.X + outward * NodeWidth / 2;
        var bow = side + outward * (48 + Math.Abs(a.Y - b.Y) * 0.25 + Math.Abs(fan));
        return $"M{N(side)},{N(a.Y)} Q{N(bow)},{N((a.Y + b.Y) / 2)} {N(side)},{N(b.Y)}";
    }

    private static string LegendText(string kind) => kind switch
    {
        "shares" => "shares intelligence (two-way)",
        "lobbied" => "lobbied (arrow to the target)",
        "oversees" => "oversees (arrow to the overseen)",
        _ => "places staff in (arrow to the host)",
    };

    private static void DrawLegend(Markup m, IReadOnlyList<string> kinds, double top, string id)
    {
        m.Svg("g", ("class", "map-legend"), ("aria-hidden", "true"));
        for (var i = 0; i < kinds.Count; i++)
        {
            var x = 40 + i % 2 * 360;
            var y = top + i / 2 * 30 + 12;
            m.Svg("g", ("class", $"map-link kind-{kinds[i]}"));
            m.SvgElement("path", ("d", $"M{N(x)},{N(y)} H{N(x + 56)}"), ("marker-end", kinds[i] == "shares" ? null : $"url(#{id}-arrow)"));
            m.End();
            var text = LegendText(kinds[i]);
            m.SvgText("text", text, ("x", N(x + 68)), ("y", N(y + 5)));
        }
        m.End();
    }
}
