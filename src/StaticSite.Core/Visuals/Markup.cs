using System.Globalization;
using System.Text;
using System.Xml;

namespace StaticSite.Core.Visuals;

/// <summary>
/// Writes the HTML and inline SVG the build draws itself. An <see cref="XmlWriter"/> does the escaping, so a
/// title from the data can never break out of its text node or attribute. HTML elements are always closed
/// in full (<c>&lt;span&gt;&lt;/span&gt;</c>, never <c>&lt;span /&gt;</c>, which HTML would read as an open tag).
/// </summary>
internal sealed class Markup : IDisposable
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    // Each thread keeps the writer of its last finished drawing for the next: a new XmlWriter sets up about 30 KB
    // of buffers, more than most drawings write (an episode page's small timeline is about 5 KB). In fragment
    // mode one writer can write any number of drawings one after another.
    [ThreadStatic] private static (StringBuilder Text, XmlWriter Writer)? spare;

    private readonly StringBuilder text;
    private readonly XmlWriter writer;
    private readonly Stack<bool> open = new();

    public Markup()
    {
        (text, writer) = spare ?? NewWriter();
        spare = null; // a drawing made while this one is open gets a writer of its own
    }

    private static (StringBuilder, XmlWriter) NewWriter()
    {
        var text = new StringBuilder();
        return (text, XmlWriter.Create(text, Settings));
    }

    /// <summary>Opens an HTML element (closed in full).</summary>
    public Markup Html(string name, params (string Name, string? Value)[] attributes) => Start(name, null, isSvg: false, attributes);

    /// <summary>Opens an SVG element (closed as <c>/&gt;</c> when empty, which HTML allows inside SVG).</summary>
    public Markup Svg(string name, params (string Name, string? Value)[] attributes) =>
        Start(name, name == "svg" ? SvgNamespace : null, isSvg: true, attributes);

    public Markup Text(string value)
    {
        writer.WriteString(value);
        return this;
    }

    public Markup End()
    {
        if (open.Pop()) writer.WriteEndElement();
        else writer.WriteFullEndElement();
        return this;
    }

    /// <summary>A whole element with text content.</summary>
    public Markup Element(string name, string content, params (string Name, string? Value)[] attributes) =>
        Html(name, attributes).Text(content).End();

    public Markup SvgElement(string name, params (string Name, string? Value)[] attributes) => Svg(name, attributes).End();

    public Markup SvgText(string name, string content, params (string Name, string? Value)[] attributes) => Svg(name, attributes).Text(content).End();

    public override string ToString()
    {
        writer.Flush();
        return text.ToString();
    }

    /// <summary>Hands the writer on to the thread's next drawing, unless this one stopped halfway (an exception) or grew it large.</summary>
    public void Dispose()
    {
        // Not kept either when a drawing grew it past what a page may keep (the full timeline of a large site).
        if (open.Count > 0 || writer.WriteState == WriteState.Error || text.Capacity > Templates.PageBuffer.MostKept)
        {
            writer.Dispose();
            return;
        }
        writer.Flush();
        text.Clear();
        spare = (text, writer);
    }

    /// <summary>Numbers for coordinates: invariant culture, at most one decimal, so builds are byte-identical everywhere.</summary>
    /// <remarks>Whole numbers go through integer formatting: a custom format string is parsed on every call, and
    /// a drawing has hundreds of coordinates.</remarks>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1);
        return rounded == Math.Floor(rounded) && Math.Abs(rounded) < 1e15
            ? ((long)rounded).ToString(CultureInfo.InvariantCulture)
            : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private Markup Start(string name, string? ns, bool isSvg, (string Name, string? Value)[] attributes)
    {
        if (ns is null) writer.WriteStartElement(name);
        else writer.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null) writer.WriteAttributeString(attribute, value);
        }
        open.Push(isSvg);
        return this;
    }
}
