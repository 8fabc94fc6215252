using System.Collections.Concurrent;

namespace StaticSite.Core.Explainer;

/// <summary>
/// Values by the fingerprint of what they are made from, kept from one build to the next: a build reuses what
/// the build before it made and keeps only what it used itself, so the memory holds one build's worth.
/// </summary>
internal sealed class BuildMemo<T> where T : class
{
    private ConcurrentDictionary<string, T> previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, T> current = new(StringComparer.Ordinal);

    /// <summary>Starts a build's use: what the last build used becomes what this one may reuse.</summary>
    public void Begin()
    {
        previous = current;
        current = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
    }

    public T GetOrAdd(string fingerprint, Func<T> make)
    {
        if (!previous.TryGetValue(fingerprint, out var value) && !current.TryGetValue(fingerprint, out value)) value = make();
        current[fingerprint] = value;
        return value;
    }
}
