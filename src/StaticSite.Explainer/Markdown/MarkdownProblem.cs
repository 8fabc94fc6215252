namespace StaticSite.Explainer.Markdown;

/// <summary>Something in a piece of Markdown that the build refuses, at a 0-based line and column of that Markdown.</summary>
public sealed record MarkdownProblem(int Line, int Column, string Code, string Message);
