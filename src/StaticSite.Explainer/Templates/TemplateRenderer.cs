using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Html;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// Parses every Liquid layout once per build and renders pages with Fluid, which HTML-encodes every
/// value unless a template says <c>| raw</c> (used only for HTML the build itself rendered from Markdown).
/// </summary>
public sealed partial class TemplateRenderer
{
    private readonly Dictionary<string, IFluidTemplate> layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> layoutPaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiquidMarkup> layoutMarkup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IFluidTemplate Template, LiquidMarkup Markup)> partials = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Layout, Type Data), DiagnosticBag> checkedViews = [];
    private readonly TemplateOptions options = new() { MaxSteps = TemplateLimits.MinimumSteps, MaxRecursion = TemplateLimits.Recursion };
    private readonly Func<object, bool> isRecord;

    // Encodes markup characters (&lt; &gt; &amp; quotes) but leaves letters of every script as they are.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="isRecord">says which values are records whose properties layouts read (see <see cref="RecordValues"/>).</param>
    public TemplateRenderer(SiteFiles files, DiagnosticBag diagnostics, Func<string, string> assetUrl, Func<object, bool>? isRecord = null)
    {
        var parser = new FluidParser();
        options.FileProvider = new ThemeFileProvider(files, "partials");
        options.MemberAccessStrategy = new UnsafeMemberAccessStrategy();
        this.isRecord = isRecord ?? (_ => false);
        if (isRecord is not null) options.ValueConverters.Add(RecordValues);
        options.Filters.AddFilter("asset", (input, _, _) => new StringValue(assetUrl(input.ToStringValue())));
        // Fluid's own raw, except that HTML the build made (see Fragments) stays unmade until a layout writes it.
        options.Filters.AddFilter("raw", (input, _, _) => input is HtmlValue html ? html.AsRaw() : new StringValue(input.ToStringValue(), false));

        var parsed = new List<(IFluidTemplate Template, LiquidMarkup Markup)>();
        var partialNames = files.Theme("partials").Select(p => p.Path["partials/".Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var partial in files.Theme("partials"))
        {
            // Parsed here rather than by Fluid when first rendered, so that errors carry their path and the checks
            // below see every partial; Fluid then takes them from its cache.
            var text = partial.ReadText();
            if (!parser.TryParse(text, out var template, out var error))
            {
                Report(diagnostics, partial.DisplayPath, error);
                continue;
            }
            var name = partial.Path["partials/".Length..];
            var markup = new LiquidMarkup(partial.DisplayPath, text);
            partials[name] = (BoundedRanges.Apply(template), markup);
            options.TemplateCache.SetTemplate(name, ThemeFileProvider.LastModified, partials[name].Template);
            parsed.Add((template, markup));
        }
        foreach (var layout in files.Theme("layouts").Where(f => f.Path.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(layout.Path);
            layoutPaths[name] = layout.DisplayPath;
            var text = layout.ReadText();
            if (!parser.TryParse(text, out var template, out var error))
            {
                Report(diagnostics, layout.DisplayPath, error);
                continue;
            }
            layouts[name] = BoundedRanges.Apply(template);
            layoutMarkup[name] = new LiquidMarkup(layout.DisplayPath, text);
            parsed.Add((template, layoutMarkup[name]));
        }
        // A partial that failed to parse exists all the same: its own error says what is wrong with it.
        bool PartialExists(string name) => partialNames.Contains(name) || partialNames.Contains(name + options.DefaultFileExtension);
        var check = new TemplateCheck(options.Filters, PartialExists, partialNames);
        foreach (var (template, markup) in parsed) check.Report(template, markup, diagnostics);
    }

    // A partial by the name a render or include tag gives it, found as Fluid finds it.
    private (IFluidTemplate Template, LiquidMarkup Markup)? Partial(string name) =>
        partials.TryGetValue(name, out var found) || partials.TryGetValue(name + options.DefaultFileExtension, out found) ? found : null;

    /// <summary>
    /// Checks the names each layout and the base layout read against the shapes of the values a page gives them
    /// (see <see cref="ViewShapeCheck"/>). Each layout and shape of data is checked once per parse; a fault in a
    /// partial that several layouts render is reported once, with the first page that showed it.
    /// </summary>
    /// <param name="values">the shape of each value the layouts are given, but <c>data</c>; null where any shape may come.</param>
    /// <param name="pages">each layout with the shape of its page's <c>Data</c> (which its record declares as any object) and the page, for the note.</param>
    public void CheckNames(IReadOnlyDictionary<string, Type?> values, IEnumerable<(string Layout, Type Data, string Page)> pages, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<(SourceSpan, string)>();
        foreach (var (layout, data, page) in pages.Where(p => layouts.ContainsKey(p.Layout)))
        {
            if (!checkedViews.TryGetValue((layout, data), out var found))
            {
                found = new DiagnosticBag();
                var check = new ViewShapeCheck(Partial, (_, name) => name == "Data" ? data : null, $"while rendering {page}", found);
                var given = new Dictionary<string, Type?>(values, StringComparer.Ordinal) { ["data"] = data };
                foreach (var name in new[] { layout, "base" }.Where(layouts.ContainsKey).Distinct(StringComparer.Ordinal))
                {
                    check.Check(layouts[name], layoutMarkup[name], given);
                }
                checkedViews[(layout, data)] = found;
            }
            foreach (var d in found.ToSortedList().Where(d => reported.Add((d.Location, d.Message))))
            {
                diagnostics.Error(d.Location, d.Code, d.Message, d.Note);
            }
        }
    }

    /// <summary>
    /// HTML fragments as layouts read them (<c>html.body</c>), each made where a layout writes it. Handed to Fluid as
    /// its own values: given a dictionary of other objects, Fluid looks each key up as a property of the dictionary
    /// first, through reflection, on every page, and a value converter for fragments would run on every value any
    /// layout reads.
    /// </summary>
    public static object Fragments(IReadOnlyDictionary<string, HtmlFragment> html)
    {
        var values = new Dictionary<string, FluidValue>(html.Count, StringComparer.Ordinal);
        foreach (var (key, fragment) in html) values[key] = new HtmlValue(fragment);
        return values;
    }

    /// <summary>
    /// A value every page reads the same (the site's title, its navigation), made into Fluid's values once: read
    /// through reflection, its dozen fields and ten links were made into Fluid values again on every page.
    /// </summary>
    /// <remarks>A record becomes a dictionary of its properties, the records it holds or lists too.</remarks>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075",
        Justification = "Records are read by reflection as Fluid reads them; the CLI roots StaticSite.Explainer, so the trimmer keeps their properties.")]
    public FluidValue Shared(object? value) => value switch
    {
        null => NilValue.Instance,
        _ when isRecord(value) => new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .ToDictionary(p => p.Name, p => Shared(p.GetValue(value)), StringComparer.Ordinal))),
        IReadOnlyList<object> list when list.Any(isRecord) => new ArrayValue(list.Select(Shared).ToArray()),
        _ => FluidValue.Create(value, options),
    };

    // What Fluid's own conversion ends with for a record or a list, without trying each type it knows first.
    private object? RecordValues(object value) => value switch
    {
        _ when isRecord(value) => new ObjectValue(value),
        IReadOnlyList<object> { Count: 0 } => ArrayValue.Empty,
        IReadOnlyList<object> list when isRecord(list[0]) => new ArrayValue(ValuesOf(list)),
        _ => null,
    };

    private FluidValue[] ValuesOf(IReadOnlyList<object> list)
    {
        var values = new FluidValue[list.Count];
        for (var i = 0; i < values.Length; i++) values[i] = FluidValue.Create(list[i], options);
        return values;
    }

    public bool Has(string layout) => layouts.ContainsKey(layout);

    public string PathOf(string layout) => layoutPaths.GetValueOrDefault(layout, $"theme/layouts/{layout}.liquid");

    /// <summary>
    /// Renders <paramref name="layout"/> inside <paramref name="frame"/> into <paramref name="writer"/>: the frame
    /// sees the model and, as <c>content</c>, the layout, rendered with the same model where the frame writes it.
    /// </summary>
    /// <param name="maxSteps">the most Liquid statements each of the two layouts may run for the page (<see cref="TemplateLimits.PageSteps"/>).</param>
    public void Render(string layout, string frame, IReadOnlyDictionary<string, object?> model, TextWriter writer, int maxSteps = TemplateLimits.MinimumSteps)
    {
        var context = ContextOf(model, maxSteps);
        var inner = ContextOf(model, maxSteps);
        context.SetValue("content", new HtmlValue(new LayoutFragment(layouts[layout], inner)));
        try
        {
            var rendering = layouts[frame].RenderAsync(writer, context, Encoder);
            // No filter or tag of ours waits, so rendering has finished by the time it returns.
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid says the same of both of its limits; the steps a context has taken tell them apart.
            throw context.Steps > maxSteps || inner.Steps > maxSteps
                ? new TemplateLimitException(TemplateLimit.Steps, $"the layout ran more than {maxSteps:N0} Liquid steps for one page (a loop over far too much?)")
                {
                    Layout = inner.Steps > maxSteps ? layout : frame,
                }
                : new TemplateLimitException(TemplateLimit.Recursion, $"partials or blocks are nested more than {options.MaxRecursion} deep (a partial that renders itself?)");
        }
    }

    private PageContext ContextOf(IReadOnlyDictionary<string, object?> model, int maxSteps)
    {
        var context = new PageContext(options) { MaxSteps = maxSteps };
        foreach (var (name, value) in model) context.SetValue(name, value);
        return context;
    }

    /// <summary>A page's context, which can tell how many steps it has taken (Fluid keeps the count to itself).</summary>
    private sealed class PageContext(TemplateOptions options) : TemplateContext(options)
    {
        public int Steps => _steps;
    }

    private static void Report(DiagnosticBag diagnostics, string path, string error)
    {
        var position = Position().Match(error);
        var at = position.Success
            ? new SourceSpan(path, int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : SourceSpan.File(path);
        // Fluid appends the offending source after the message; the diagnostic's position already points there.
        var message = (position.Success ? error.Remove(position.Index, position.Length) : error).Split('\n')[0].Trim();
        diagnostics.Error(at, "TPL001", $"Liquid syntax error: {message}");
    }

    [GeneratedRegex(@"at \((\d+):(\d+)\)")]
    private static partial Regex Position();
}
