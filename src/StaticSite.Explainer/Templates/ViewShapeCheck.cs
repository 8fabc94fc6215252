using Fluid;
using Fluid.Ast;
using Fluid.Values;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// Checks the names a layout reads against the shape of the values it is given, before any page renders: a name
/// the view does not have at all (<c>data.Episode.Sumary</c>, <c>page.title</c>: Liquid names are case-sensitive)
/// is an error, where Liquid would write nothing. A name the view has is never an error, whatever its value on a
/// page (null, empty), so a layout may test optional values (<c>{% if data.Previous %}</c>). Where a value's shape
/// cannot be known (a dictionary such as <c>html</c>, the result of a filter, an assigned value), names under it
/// are not checked. Partials are followed with the shapes of the values they are given.
/// </summary>
internal sealed class ViewShapeCheck : AstVisitor
{
    // Names Liquid itself gives meaning to: literals written as names.
    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal) { "empty", "blank", "nil", "null", "true", "false" };

    private readonly Func<string, (IFluidTemplate Template, LiquidMarkup Markup)?> partial;
    private readonly Func<Type, string, Type?> substitute;
    private readonly string note;
    private readonly DiagnosticBag diagnostics;
    private readonly List<Dictionary<string, Type?>> scopes = [];
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private readonly HashSet<string> following = new(StringComparer.Ordinal);
    private LiquidMarkup markup = null!;
    private Dictionary<string, int> seen = new(StringComparer.Ordinal);

    /// <param name="partial">a partial's parsed template and text by the name a tag gives, or null when there is none.</param>
    /// <param name="substitute">the shape a property declared as <c>object</c> has (a page's <c>Data</c>), or null when it is not known.</param>
    /// <param name="note">the note on each error: which page's values the names were checked against.</param>
    public ViewShapeCheck(Func<string, (IFluidTemplate, LiquidMarkup)?> partial, Func<Type, string, Type?> substitute, string note, DiagnosticBag diagnostics)
    {
        this.partial = partial;
        this.substitute = substitute;
        this.note = note;
        this.diagnostics = diagnostics;
    }

    /// <summary>Checks <paramref name="template"/> given values of these shapes (null: any shape).</summary>
    public void Check(IFluidTemplate template, LiquidMarkup text, IReadOnlyDictionary<string, Type?> values)
    {
        scopes.Clear();
        scopes.Add(new Dictionary<string, Type?>(values, StringComparer.Ordinal));
        In(text, () => VisitTemplate(template));
    }

    private void In(LiquidMarkup text, Action walk)
    {
        var (outerMarkup, outerSeen) = (markup, seen);
        (markup, seen) = (text, new Dictionary<string, int>(StringComparer.Ordinal));
        try
        {
            walk();
        }
        finally
        {
            (markup, seen) = (outerMarkup, outerSeen);
        }
    }

    private void Define(string name, Type? shape) => scopes[^1][name] = shape;

    private void Scoped(Dictionary<string, Type?> names, Action walk)
    {
        scopes.Add(names);
        try
        {
            walk();
        }
        finally
        {
            scopes.RemoveAt(scopes.Count - 1);
        }
    }

    private bool TryLookUp(string name, out Type? shape)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].TryGetValue(name, out shape)) return true;
        }
        shape = null;
        return Builtins.Contains(name);
    }

    // In the order the template is written, so that the nth use of a name found here is its nth use in the text.
    protected override Statement VisitIfStatement(IfStatement ifStatement)
    {
        Visit(ifStatement.Condition);
        foreach (var statement in ifStatement.Statements) Visit(statement);
        foreach (var elseIf in ifStatement.ElseIfs) Visit(elseIf);
        Visit(ifStatement.Else);
        return ifStatement;
    }

    protected override Statement VisitUnlessStatement(UnlessStatement unlessStatement)
    {
        Visit(unlessStatement.Condition);
        foreach (var statement in unlessStatement.Statements) Visit(statement);
        Visit(unlessStatement.Else);
        return unlessStatement;
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        var items = ShapeOf(forStatement.Source);
        Visit(forStatement.Limit);
        Visit(forStatement.Offset);
        var loop = new Dictionary<string, Type?>(StringComparer.Ordinal) { [forStatement.Identifier] = ItemOf(items), ["forloop"] = typeof(ForLoopValue) };
        if (TryLookUp("forloop", out _)) loop["parentloop"] = typeof(ForLoopValue);
        Scoped(loop, () =>
        {
            foreach (var statement in forStatement.Statements) Visit(statement);
        });
        Visit(forStatement.Else);
        return forStatement;
    }

    protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
    {
        var items = ShapeOf(tableRowStatement.Source);
        Visit(tableRowStatement.Limit);
        Visit(tableRowStatement.Offset);
        Visit(tableRowStatement.Cols);
        Scoped(new(StringComparer.Ordinal) { [tableRowStatement.Identifier] = ItemOf(items), ["tablerowloop"] = null }, () =>
        {
            foreach (var statement in tableRowStatement.Statements) Visit(statement);
        });
        return tableRowStatement;
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        Define(assignStatement.Identifier, ShapeOf(assignStatement.Value));
        return assignStatement;
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        foreach (var statement in captureStatement.Statements) Visit(statement);
        Define(captureStatement.Identifier, typeof(string));
        return captureStatement;
    }

    protected override Statement VisitIncrementStatement(IncrementStatement incrementStatement)
    {
        Define(incrementStatement.Identifier, typeof(int));
        return incrementStatement;
    }

    protected override Statement VisitDecrementStatement(DecrementStatement decrementStatement)
    {
        Define(decrementStatement.Identifier, typeof(int));
        return decrementStatement;
    }

    protected override Statement VisitMacroStatement(MacroStatement macroStatement)
    {
        Define(macroStatement.Identifier, null);
        var arguments = macroStatement.Arguments.ToDictionary(a => a.Name ?? "", _ => (Type?)null, StringComparer.Ordinal);
        Scoped(arguments, () =>
        {
            foreach (var statement in macroStatement.Statements) Visit(statement);
        });
        return macroStatement;
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        Follow(renderStatement.Path, renderStatement.With, renderStatement.For, renderStatement.Alias, renderStatement.AssignStatements);
        return renderStatement;
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression { Value: StringValue name })
        {
            Follow(name.ToStringValue(), includeStatement.With, includeStatement.For, includeStatement.Alias, includeStatement.AssignStatements);
        }
        else Visit(includeStatement.Path);
        return includeStatement;
    }

    // A partial sees the values around the tag (Fluid copies them in) and those the tag gives it.
    private void Follow(string name, Expression? with, Expression? @for, string? alias, IReadOnlyList<AssignStatement> assigned)
    {
        var given = new Dictionary<string, Type?>(StringComparer.Ordinal);
        var identifier = alias ?? Path.GetFileNameWithoutExtension(name);
        if (with is not null) given[identifier] = ShapeOf(with);
        if (@for is not null)
        {
            given[identifier] = ItemOf(ShapeOf(@for));
            given["forloop"] = typeof(ForLoopValue);
        }
        foreach (var assign in assigned) given[assign.Identifier] = ShapeOf(assign.Value);
        // A partial that renders itself is checked once: its names do not change with the depth.
        if (partial(name) is not { } found || !following.Add(name)) return;
        try
        {
            Scoped(given, () => In(found.Markup, () => VisitTemplate(found.Template)));
        }
        finally
        {
            following.Remove(name);
        }
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        ShapeOf(memberExpression);
        return memberExpression;
    }

    // The shape of what an expression gives, checking the names in it on the way; null when it cannot be known.
    private Type? ShapeOf(Expression? expression)
    {
        switch (expression)
        {
            case null:
                return null;
            case MemberExpression member:
                return Resolve(member);
            case LiteralExpression { Value: var value }:
                return value switch { StringValue => typeof(string), NumberValue => typeof(decimal), BooleanValue => typeof(bool), _ => null };
            case BoundedRanges.BoundedRange bounded:
                return ShapeOf(bounded.Range);
            case RangeExpression range:
                Visit(range.From);
                Visit(range.To);
                return typeof(decimal[]);
            default:
                Visit(expression);
                return null;
        }
    }

    private Type? Resolve(MemberExpression member)
    {
        var segments = member.Segments;
        var names = new List<string>();
        if (segments[0] is not IdentifierSegment { Identifier: var root }) return null;
        names.Add(root);
        if (!TryLookUp(root, out var shape))
        {
            Report(names, $"there is no value named '{root}' here{Suggest.DidYouMean(root, VisibleNames())}");
            return null;
        }
        for (var i = 1; i < segments.Count; i++)
        {
            switch (segments[i])
            {
                case IdentifierSegment { Identifier: var name }:
                    names.Add(name);
                    if (!TryMember(shape, name, out var next, out var known))
                    {
                        Report(names, $"{Describe(shape!)} has no '{name}'{Suggest.DidYouMean(name, known)}");
                        return null;
                    }
                    shape = next;
                    break;
                case IndexerSegment indexer:
                    ShapeOf(indexer.Expression);
                    // An item of a list (by number) has the list's item shape; anything else read by key is not checked.
                    shape = shape is not null && IsList(shape) && indexer.Expression is LiteralExpression { Value: NumberValue } ? ItemOf(shape) : null;
                    if (shape is null) return null;
                    names.Add("[]");
                    break;
                default:
                    return null;
            }
        }
        return shape;
    }

    private IEnumerable<string> VisibleNames() => scopes.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal);

    private void Report(List<string> names, string why)
    {
        var dotted = string.Join(".", names);
        var nth = seen[dotted] = seen.GetValueOrDefault(dotted) + 1;
        var places = names.Contains("[]") ? [] : markup.Member(names).ToList();
        var at = places.Count >= nth ? places[nth - 1] : markup.First(places);
        if (!reported.Add($"{at}|{dotted}")) return;
        diagnostics.Error(at, "TPL007", $"undefined variable '{dotted}': {why}; Liquid would write nothing here, and names are case-sensitive", note);
    }

    /// <summary>Whether <paramref name="shape"/> has <paramref name="name"/>, and the shape of its value; the names it has, when not.</summary>
    private bool TryMember(Type? shape, string name, out Type? value, out IEnumerable<string> known)
    {
        value = null;
        known = [];
        if (shape is null || ValueShape.Of(shape).Members is not { } members) return true;
        known = members.Keys;
        if (!members.TryGetValue(name, out value)) return false;
        // A property declared as any object (a page's Data) has the shape the caller knows for it, if any.
        if (value == typeof(object)) value = substitute(shape, name);
        return true;
    }

    private static string Describe(Type shape) => ValueShape.Of(shape).Name;

    private static bool IsList(Type shape) => ValueShape.Of(shape).IsList;

    private static Type? ItemOf(Type? shape) => shape is null ? null : ValueShape.Of(shape).Item;
}
