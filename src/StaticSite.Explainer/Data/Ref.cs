using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>An id written in the data that must name an existing entity; keeps where it was written.</summary>
/// <remarks>
/// A value, not an object: an episode names a dozen of these, and all live for the whole build, so as objects they
/// were a third of what the first garbage collections, while the input is read, had to mark and copy.
/// </remarks>
public readonly record struct Ref(string Id, SourceSpan At)
{
    public override string ToString() => Id;
}
