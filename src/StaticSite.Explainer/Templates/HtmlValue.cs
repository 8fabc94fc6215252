using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using StaticSite.Explainer.Html;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// An <see cref="HtmlFragment"/> as layouts see it. Written with <c>| raw</c> it is made straight into the page as
/// the HTML it is; without, it is encoded like any other text.
/// </summary>
internal sealed class HtmlValue(HtmlFragment fragment, bool raw = false) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    /// <summary>The same HTML, marked to write as it is (what the <c>raw</c> filter makes of it).</summary>
    public HtmlValue AsRaw() => new(fragment, raw: true);

    public override async ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (raw) await fragment.WriteToAsync(writer);
        else encoder.Encode(writer, ToStringValue());
    }

    [Obsolete("Fluid's own synchronous form; WriteToAsync is what it calls.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        WriteToAsync(writer, encoder, cultureInfo).AsTask().GetAwaiter().GetResult();

    public override string ToStringValue() => fragment.ToString();

    public override bool Equals(FluidValue other) => other is not null && ToStringValue() == other.ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override object ToObjectValue() => ToStringValue();

    public override bool Equals(object? other) => other is FluidValue value && Equals(value);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}

/// <summary>A page's own layout, as the base layout's <c>content</c>: rendered with the page's values where the base layout writes it.</summary>
internal sealed class LayoutFragment(IFluidTemplate template, TemplateContext context) : HtmlFragment
{
    public override ValueTask WriteToAsync(TextWriter writer) => template.RenderAsync(writer, TemplateRenderer.Encoder, context);

    public override string ToString() => template.Render(context, TemplateRenderer.Encoder);
}
