using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticSite.Explainer.Html;

/// <summary>
/// HTML the build makes for a layout to place (a page's rendered Markdown, its drawings, the page layout inside the
/// base layout): made where the layout writes it, straight into the page, instead of first into a string of its
/// own that is then copied in: a large site's full timeline would otherwise be a string on the large object heap,
/// copied again into its page.
/// </summary>
[JsonConverter(typeof(HtmlFragmentJson))]
public abstract class HtmlFragment
{
    /// <summary>Writes the HTML into <paramref name="writer"/>.</summary>
    public abstract ValueTask WriteToAsync(TextWriter writer);

    /// <summary>The HTML as a string, for whatever needs it whole (a fingerprint, a test).</summary>
    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var writing = WriteToAsync(writer);
        if (!writing.IsCompletedSuccessfully) writing.AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    /// <summary>
    /// HTML drawn when the layout writes it: into the page's own builder when the layout writes into a
    /// <see cref="StringWriter"/> (as every page is made), else into a builder of its own, then written.
    /// </summary>
    public static HtmlFragment Drawn(Action<StringBuilder> draw) => new Drawing(draw);

    /// <summary>HTML made already.</summary>
    public static HtmlFragment Of(string html) => new Made(html);

    private sealed class Drawing(Action<StringBuilder> draw) : HtmlFragment
    {
        public override ValueTask WriteToAsync(TextWriter writer)
        {
            if (writer is StringWriter page)
            {
                draw(page.GetStringBuilder());
                return default;
            }
            var text = new StringBuilder();
            draw(text);
            writer.Write(text);
            return default;
        }
    }

    private sealed class Made(string html) : HtmlFragment
    {
        public override ValueTask WriteToAsync(TextWriter writer)
        {
            writer.Write(html);
            return default;
        }

        public override string ToString() => html;
    }
}

/// <summary>A fragment in JSON (the preview's fingerprint of a page) is its HTML.</summary>
internal sealed class HtmlFragmentJson : JsonConverter<HtmlFragment>
{
    public override HtmlFragment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        HtmlFragment.Of(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, HtmlFragment value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
