using System.Globalization;
using Fluid;
using Fluid.Ast;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// What a layout or partial gets wrong whatever page it renders, found when it is parsed rather than while pages
/// render (or never: Fluid skips a filter it does not know and writes the value unfiltered): a filter that does not
/// exist, a partial that does not exist, a loop over a range too long to make.
/// </summary>
internal sealed class TemplateCheck(FilterCollection filters, Func<string, bool> partialExists, IEnumerable<string> partials) : AstVisitor
{
    private readonly SortedSet<string> unknownFilters = new(StringComparer.Ordinal);
    private readonly SortedSet<string> missingPartials = new(StringComparer.Ordinal);
    private readonly List<(string From, string To, decimal Count)> longRanges = [];

    /// <summary>Reports every fault of <paramref name="template"/> at its place in <paramref name="markup"/>.</summary>
    public void Report(IFluidTemplate template, LiquidMarkup markup, DiagnosticBag diagnostics)
    {
        unknownFilters.Clear();
        missingPartials.Clear();
        longRanges.Clear();
        VisitTemplate(template);
        foreach (var name in missingPartials)
        {
            var known = partials.Select(p => Path.ChangeExtension(p, null));
            foreach (var at in Places(markup.PartialTag(name), markup))
            {
                diagnostics.Error(at, "TPL005", $"the partial '{name}' does not exist in theme/partials/ (or input/partials/){Suggest.DidYouMean(name, known)}; correct the name or add the file");
            }
        }
        foreach (var name in unknownFilters)
        {
            var known = filters.Select(f => f.Key);
            foreach (var at in Places(markup.Filter(name), markup))
            {
                diagnostics.Error(at, "TPL006", $"unknown filter '{name}'{Suggest.DidYouMean(name, known)}; Liquid would write the value unfiltered");
            }
        }
        foreach (var (from, to, count) in longRanges)
        {
            foreach (var at in Places(markup.Range(from, to), markup))
            {
                diagnostics.Error(at, "TPL011", $"the range ({from}..{to}) has {count:N0} items; a loop may go over at most {TemplateLimits.RangeItems:N0}");
            }
        }
    }

    private static IEnumerable<SourceSpan> Places(IEnumerable<SourceSpan> found, LiquidMarkup markup)
    {
        var places = found.Distinct().ToList();
        return places.Count > 0 ? places : [markup.First([])];
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        if (!filters.TryGetValue(filterExpression.Name, out _)) unknownFilters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        if (!partialExists(renderStatement.Path)) missingPartials.Add(renderStatement.Path);
        return base.VisitRenderStatement(renderStatement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression { Value: var name } && !partialExists(name.ToStringValue())) missingPartials.Add(name.ToStringValue());
        return base.VisitIncludeStatement(includeStatement);
    }

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (rangeExpression is { From: LiteralExpression { Value: var from }, To: LiteralExpression { Value: var to } }
            && TemplateLimits.RangeCount(from.ToNumberValue(), to.ToNumberValue()) is var count && count > TemplateLimits.RangeItems)
        {
            longRanges.Add((Number(from.ToNumberValue()), Number(to.ToNumberValue()), count));
        }
        return base.VisitRangeExpression(rangeExpression);
    }

    // Fluid does not look inside an indexer (html[entry.HtmlKey]) on its own.
    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        foreach (var segment in memberExpression.Segments.OfType<IndexerSegment>()) Visit(segment.Expression);
        return base.VisitMemberExpression(memberExpression);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
