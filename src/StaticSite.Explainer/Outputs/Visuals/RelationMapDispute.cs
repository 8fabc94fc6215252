using StaticSite.Explainer.Data;
using static StaticSite.Explainer.Outputs.Visuals.Markup;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// The foot of the full relationship map: the episodes of the dispute the article is about, in order, each a box
/// that links to the episode, in the column of the country whose bodies took part (the middle when both did), with
/// an arrow to the next. Titles and dates are wrapped by an estimate of their width, as SVG cannot wrap text.
/// </summary>
internal static class RelationMapDispute
{
    private const double BoxWidth = 210;
    private const double LineHeight = 18;
    private const double Padding = 10;
    private const double Gap = 26;
    private const double HeadingHeight = 30;

    /// <summary>Characters a line of 14-unit text holds inside a box (bold is about 0.6 em a character).</summary>
    private const int CharsPerLine = 23;

    public sealed record Box(Episode Episode, double X, double Y, double Height, IReadOnlyList<string> TitleLines, IReadOnlyList<string> OtherLines);

    public static (IReadOnlyList<Box> Boxes, double Height) Measure(SiteModel site, IReadOnlyList<Episode> episodes, double top)
    {
        var boxes = new List<Box>();
        var y = top + HeadingHeight;
        foreach (var e in episodes)
        {
            var countries = e.Agencies.Select(a => site.Get<Agency>(EntityKind.Agency, a.Id).Country).Distinct().ToList();
            var x = countries.Count != 1 ? (360 - BoxWidth) / 2 : countries[0] == Agency.Countries[0] ? 4 : 360 - 4 - BoxWidth;
            var title = Wrap(e.Title);
            var other = Wrap(e.DateDisplay).Concat(Wrap(BodiesOf(site, e))).ToList();
            var height = (title.Count + other.Count) * LineHeight + 2 * Padding - 4;
            boxes.Add(new Box(e, x, y, height, title, other));
            y += height + Gap;
        }
        return (boxes, y - Gap - top + 8);
    }

    public static void Draw(Markup m, int year, IReadOnlyList<Box> boxes, double top, double width, string id)
    {
        m.Svg("g", ("aria-hidden", "true"));
        m.SvgElement("line", ("class", "map-rule"), ("x1", "4"), ("y1", N(top - 8)), ("x2", N(width - 4)), ("y2", N(top - 8)));
        m.SvgText("text", $"The dispute of {year}, step by step", ("class", "map-country"), ("x", "4"), ("y", N(top + 14)));
        for (var i = 0; i + 1 < boxes.Count; i++)
        {
            var (a, b) = (boxes[i], boxes[i + 1]);
            m.SvgElement("path", ("class", "map-step"), ("d", $"M{N(a.X + BoxWidth / 2)},{N(a.Y + a.Height)} L{N(b.X + BoxWidth / 2)},{N(b.Y)}"), ("marker-end", $"url(#{id}-arrow-end)"));
        }
        m.End();
        foreach (var box in boxes)
        {
            // Named by its visible text (title, date, bodies), so what a reader sees is what a screen reader says.
            m.Svg("a", ("href", SiteModel.UrlOf(box.Episode)), ("class", "map-step-box"));
            m.SvgElement("rect", ("x", N(box.X)), ("y", N(box.Y)), ("width", N(BoxWidth)), ("height", N(box.Height)), ("rx", "6"));
            var y = box.Y + Padding + 10;
            foreach (var line in box.TitleLines)
            {
                m.SvgText("text", line, ("class", "map-step-title"), ("x", N(box.X + Padding)), ("y", N(y)));
                y += LineHeight;
            }
            foreach (var line in box.OtherLines)
            {
                m.SvgText("text", line, ("class", "map-step-note"), ("x", N(box.X + Padding)), ("y", N(y)));
                y += LineHeight;
            }
            m.End();
        }
    }

    public static string Sentence(Episode e) => $"{e.Title}, {e.DateDisplay}.";

    /// <summary>The dispute in words, after the list of relations.</summary>
    public static void List(Markup m, int year, IReadOnlyList<Episode> episodes)
    {
        m.Element("p", $"The dispute of {year}, step by step:", ("class", "relation-steps-intro"));
        m.Html("ol", ("class", "relation-steps"));
        foreach (var e in episodes)
        {
            // The date alone is the link's note, as in every dated list on the site; the summary follows it.
            m.Html("li").Element("a", e.Title, ("href", SiteModel.UrlOf(e))).Text(" ").Html("span", ("class", "note"))
                .Element("time", e.DateDisplay, ("datetime", e.Date.Iso)).End().Text(". ").Element("span", e.Summary, ("class", "step-summary")).End();
        }
        m.End();
    }

    private static string BodiesOf(SiteModel site, Episode e) =>
        e.Agencies.Count == 0 ? "" : "With " + string.Join(" and ", e.Agencies.Select(a => site.Get<Agency>(EntityKind.Agency, a.Id).ShortName));

    /// <summary>Words into lines of at most <see cref="CharsPerLine"/> characters (a longer word gets a line of its own).</summary>
    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharsPerLine)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? word : $"{line} {word}";
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
