namespace StaticSite.Explainer.Templates;

/// <summary>A page's layout went over one of <see cref="TemplateLimits"/>; the message says which and by what.</summary>
public sealed class TemplateLimitException(TemplateLimit limit, string message) : Exception(message)
{
    public TemplateLimit Limit { get; } = limit;

    /// <summary>The layout whose Liquid went over, when it can be told (the page's own or the base layout around it).</summary>
    public string? Layout { get; init; }

    /// <summary>The diagnostic code for the limit.</summary>
    public string Code => Limit switch
    {
        TemplateLimit.Steps => "TPL008",
        TemplateLimit.Recursion => "TPL009",
        TemplateLimit.PageSize => "TPL010",
        _ => "TPL011",
    };
}
