using StaticSite.Engine.Diagnostics;

namespace StaticSite.Explainer.Data;

/// <summary>What every entity read from <c>input/</c> has: an id (its file name) and where it was written.</summary>
public interface IEntity
{
    string Id { get; }

    SourceSpan Location { get; }

    /// <summary>The name a link to it shows by default.</summary>
    string DisplayName { get; }

    string Summary { get; }
}
