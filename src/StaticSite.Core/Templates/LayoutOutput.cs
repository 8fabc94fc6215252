using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace StaticSite.Core.Templates;

/// <summary>
/// A page's own layout as the base layout's <c>content</c>: rendered when the base layout writes it, straight into
/// the base layout's writer, instead of first into a string of its own (about 26 KB a page, copied once more into
/// the page). Written with <c>| raw</c> it is the layout's HTML as is; without, it is encoded like any other text.
/// </summary>
internal sealed class LayoutOutput(IFluidTemplate template, TemplateContext context, bool raw = false) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    /// <summary>The same output, marked as HTML to write as it is (what the <c>raw</c> filter makes of it).</summary>
    public LayoutOutput AsRaw() => new(template, context, raw: true);

    public override async ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (raw) await template.RenderAsync(writer, encoder, context);
        else encoder.Encode(writer, ToStringValue());
    }

    [Obsolete("Fluid's own synchronous form; WriteToAsync is what it calls.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        WriteToAsync(writer, encoder, cultureInfo).AsTask().GetAwaiter().GetResult();

    public override string ToStringValue() => template.Render(context, TemplateRenderer.Encoder);

    public override bool Equals(FluidValue other) => other is not null && ToStringValue() == other.ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override object ToObjectValue() => ToStringValue();

    public override bool Equals(object? other) => other is FluidValue value && Equals(value);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
