namespace StaticSite.Engine.Pipelines;

/// <summary>A module that runs other modules inside it and reports the time of each, for <c>build --timings</c>.</summary>
public interface IReportsSteps
{
    /// <summary>Each inner module's time in the last run, summed over the threads it used.</summary>
    IReadOnlyList<StepTime> StepTimes { get; }
}

/// <summary>An inner module's time; <paramref name="Allocated"/> is what it allocated, where that can be told apart.</summary>
/// <param name="Depth">0 for a module run by the reporting module itself, 1 for one run inside that, and so on.</param>
public sealed record StepTime(string Module, TimeSpan Time, long? Allocated = null, int Depth = 0);
