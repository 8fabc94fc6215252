using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Data;

/// <summary>An id written in the data that must name an existing entity; keeps where it was written.</summary>
public sealed record Ref(string Id, SourceSpan At)
{
    public override string ToString() => Id;
}
