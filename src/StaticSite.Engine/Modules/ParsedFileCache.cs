using System.Collections.Concurrent;
using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.Modules;

/// <summary>
/// Preview's memory of what each data file parsed into: a file whose bytes are the same as at the last build is not
/// parsed again (YAML parsing was most of every rebuild's Process phases). Only parses without a diagnostic are
/// kept, so a file with a problem reports it again at every build. Entities are immutable, so sharing is safe.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, (ReadOnlyMemory<byte> Content, object Parsed)> entries = new(StringComparer.Ordinal);

    internal T? GetOrParse<T>(string path, ReadOnlyMemory<byte> content, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> parse) where T : class
    {
        if (entries.TryGetValue(path, out var known) && known.Content.Span.SequenceEqual(content.Span) && known.Parsed is T same) return same;
        var own = new DiagnosticBag();
        var parsed = parse(own);
        own.CopyTo(diagnostics);
        if (parsed is not null && own.IsEmpty) entries[path] = (content, parsed);
        else entries.TryRemove(path, out _);
        return parsed;
    }
}
