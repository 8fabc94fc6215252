using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>An old or alternative URL path that redirects to an entity's page; keeps where it was written for diagnostics.</summary>
public sealed record Alias(string Path, SourceSpan At)
{
    public override string ToString() => Path;
}
