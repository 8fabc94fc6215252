namespace StaticSite.Core.Templates;

/// <summary>Which of <see cref="TemplateLimits"/> a page went over.</summary>
public enum TemplateLimit
{
    Steps,
    Recursion,
    Range,
    PageSize,
}
