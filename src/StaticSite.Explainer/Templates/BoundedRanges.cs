using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// Puts a ceiling on every range a template makes: Fluid builds all of <c>(1..n)</c> as an array before the first
/// item, so a range with bounds from a variable could take the machine's memory before the step limit is reached.
/// A range with literal bounds over the limit is reported when the template is parsed (<see cref="TemplateCheck"/>).
/// </summary>
internal sealed class BoundedRanges : AstRewriter
{
    public static IFluidTemplate Apply(IFluidTemplate template) => new BoundedRanges().VisitTemplate(template);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange((RangeExpression)base.VisitRangeExpression(rangeExpression));

    /// <summary>A range that fails with <see cref="TemplateLimitException"/> rather than make more items than the limit.</summary>
    internal sealed class BoundedRange(RangeExpression range) : Expression
    {
        /// <summary>The range as Fluid parsed it (the checks at parse time read its bounds).</summary>
        public RangeExpression Range => range;

        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            var count = TemplateLimits.RangeCount(from, to);
            if (count > TemplateLimits.RangeItems) throw new TemplateLimitException(TemplateLimit.Range, $"a range in the layout has {count:N0} items ({from}..{to}); a loop may go over at most {TemplateLimits.RangeItems:N0}");
            return await range.EvaluateAsync(context);
        }
    }
}
