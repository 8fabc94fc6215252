namespace StaticSite.Core.Pipelines;

/// <summary>A module that runs other modules inside it and reports the time of each, for <c>build --timings</c>.</summary>
public interface IReportsSteps
{
    /// <summary>Each inner module's time in the last run, summed over the threads it used.</summary>
    IReadOnlyList<(string Module, TimeSpan Time)> StepTimes { get; }
}
