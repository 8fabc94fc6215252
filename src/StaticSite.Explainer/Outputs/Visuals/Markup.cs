using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using StaticSite.Explainer.Templates;

namespace StaticSite.Explainer.Outputs.Visuals;

/// <summary>
/// Writes the HTML and inline SVG the build draws itself. Every text and attribute value goes through the same
/// <see cref="HtmlEncoder"/> as what the layouts write, so a title from the data can never break out of its text
/// node or attribute. HTML elements are always closed in full (<c>&lt;span&gt;&lt;/span&gt;</c>, never
/// <c>&lt;span /&gt;</c>, which HTML would read as an open tag); empty SVG elements end in <c> /&gt;</c>.
/// Element and attribute names are the drawing code's own, never data. It writes after whatever
/// <c>text</c> holds: a drawing made where its layout writes it goes straight into the page.
/// </summary>
/// <remarks>
/// Written as text, not through an XmlWriter, which checks every name and attribute as XML on every page's drawing;
/// the names and attributes here are fixed, and every value goes through <see cref="Attribute"/>'s encoding.
/// </remarks>
internal sealed class Markup(StringBuilder text)
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HtmlEncoder Encoder = TemplateRenderer.Encoder;

    private readonly Stack<(string Name, bool IsSvg)> open = new();
    private bool inStartTag;

    /// <summary>Opens an HTML element (closed in full).</summary>
    public Markup Html(string name, params ReadOnlySpan<(string Name, string? Value)> attributes) => Start(name, null, isSvg: false, attributes);

    /// <summary>Opens an SVG element (closed as <c>/&gt;</c> when empty, which HTML allows inside SVG).</summary>
    public Markup Svg(string name, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Start(name, name == "svg" ? SvgNamespace : null, isSvg: true, attributes);

    public Markup Text(string value)
    {
        CloseStartTag();
        Encode(value);
        return this;
    }

    public Markup End()
    {
        var (name, isSvg) = open.Pop();
        if (inStartTag && isSvg)
        {
            text.Append(" />");
            inStartTag = false;
            return this;
        }
        CloseStartTag();
        text.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>A whole element with text content.</summary>
    public Markup Element(string name, string content, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Html(name, attributes).Text(content).End();

    public Markup SvgElement(string name, params ReadOnlySpan<(string Name, string? Value)> attributes) => Svg(name, attributes).End();

    public Markup SvgText(string name, string content, params ReadOnlySpan<(string Name, string? Value)> attributes) => Svg(name, attributes).Text(content).End();

    public override string ToString()
    {
        CloseStartTag();
        return text.ToString();
    }

    /// <summary>Numbers for coordinates: invariant culture, at most one decimal, so builds are byte-identical everywhere.</summary>
    /// <remarks>Written from whole numbers of tenths rather than with the format "0.#", which is parsed again at every
    /// call: a drawing has hundreds of coordinates.</remarks>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1);
        if (Math.Abs(rounded) >= 1e15) return rounded.ToString("0.#", CultureInfo.InvariantCulture);
        var tenths = (long)Math.Round(rounded * 10);
        if (tenths % 10 == 0) return Whole(tenths / 10);
        var digit = (char)('0' + Math.Abs(tenths % 10));
        // Between -1 and 0 the whole part is "-0", which Whole would write as "0".
        return tenths is > -10 and < 0 ? $"-0.{digit}" : $"{Whole(tenths / 10)}.{digit}";
    }

    private static string Whole(long whole) =>
        whole >= 0 && whole < WholeNumbers.Length ? WholeNumbers[whole] : whole.ToString(CultureInfo.InvariantCulture);

    // The whole numbers a drawing uses most (coordinates across its 960 units, sizes, radii), made once rather
    // than at every use.
    private static readonly string[] WholeNumbers = [.. Enumerable.Range(0, 1024).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private Markup Start(string name, string? ns, bool isSvg, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CloseStartTag();
        text.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null) Attribute(attribute, value);
        }
        if (ns is not null) Attribute("xmlns", ns); // last, where the XmlWriter that wrote these before put it
        open.Push((name, isSvg));
        inStartTag = true;
        return this;
    }

    private void Attribute(string name, string value)
    {
        text.Append(' ').Append(name).Append("=\"");
        Encode(value);
        text.Append('"');
    }

    private void CloseStartTag()
    {
        if (!inStartTag) return;
        text.Append('>');
        inStartTag = false;
    }

    // The encoder hands back the very string it was given when nothing in it needs escaping, which is most values.
    private void Encode(string value) => text.Append(Encoder.Encode(value));
}
