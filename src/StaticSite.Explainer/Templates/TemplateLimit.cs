namespace StaticSite.Explainer.Templates;

/// <summary>Which of <see cref="TemplateLimits"/> a page went over.</summary>
public enum TemplateLimit
{
    Steps,
    Recursion,
    Range,
    PageSize,
}
