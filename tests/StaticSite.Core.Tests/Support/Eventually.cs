using System.Diagnostics;

namespace StaticSite.Core.Tests.Support;

/// <summary>For what another process finishes in its own time (the build's background rm): polled until true, or a failure.</summary>
public static class Eventually
{
    public static void True(Func<bool> condition, string what, double seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds)) Assert.Fail($"not within {seconds} s: {what}");
            Thread.Sleep(20);
        }
    }
}
