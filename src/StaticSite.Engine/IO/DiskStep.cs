namespace StaticSite.Engine.IO;

/// <summary>A step of a build on disk outside the pipelines (the lock, the swap, the clean-up), for <c>--timings</c>.</summary>
/// <param name="Problems">what went wrong in a step that does not fail the build (a leftover that could not be deleted).</param>
public sealed record DiskStep(string Name, TimeSpan Elapsed, string Detail, IReadOnlyList<string>? Problems = null);
