using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Markdown;

/// <summary>A link written in Markdown, kept with its position so a broken link is reported where it was written.</summary>
public sealed record LinkUse(string Url, SourceSpan At);
