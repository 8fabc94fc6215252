namespace StaticSite.Preview;

/// <summary>
/// What to preview and where to serve it. Port 0 picks a free port (tests). There is no output folder on
/// purpose: preview pages carry the live reload script, so they are served from memory and never written
/// where a deploy could pick them up. <paramref name="CacheDirectory"/> keeps share cards between builds (null: drawn every build).
/// <paramref name="QuietTime"/> replaces the watcher's debounce (tests that need a burst of saves to stay one burst
/// on a loaded machine).
/// </summary>
public sealed record PreviewOptions(
    string InputDirectory, string ThemeDirectory, string DisplayRoot, string NetlifyToml, string Host = "127.0.0.1", int Port = 5080, bool Timings = false,
    string? CacheDirectory = null, TimeSpan? QuietTime = null);
