using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using StaticSite.Engine.IO;

namespace StaticSite.Explainer.Templates;

/// <summary>Lets Liquid's <c>render</c> and <c>include</c> tags read partials from the merged theme.</summary>
public sealed class ThemeFileProvider(SiteFiles files, string folder) : IFileProvider
{
    // Fluid asks for a partial's file on every render tag, even when its parsed template is cached; reading
    // the file from disk each time was seven disk reads per page. A build's files do not change while it runs.
    private readonly ConcurrentDictionary<string, IFileInfo> cache = new(StringComparer.Ordinal);

    /// <summary>The time every partial says it was written: a build's files do not change while it runs, so Fluid's cache of parsed partials never goes stale.</summary>
    public static readonly DateTimeOffset LastModified = DateTimeOffset.UnixEpoch;

    // Looked up first: passing the method itself to GetOrAdd made a new delegate on every call.
    public IFileInfo GetFileInfo(string subpath) => cache.TryGetValue(subpath, out var file) ? file : cache.GetOrAdd(subpath, Find);

    private IFileInfo Find(string subpath)
    {
        var path = $"{folder}/{subpath.TrimStart('/')}";
        return files.ThemeFile(path) is { } file ? new ThemeFileInfo(file) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ThemeFileInfo(SourceFile file) : IFileInfo
    {
        private readonly byte[] bytes = file.ReadBytes();

        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(file.Path);
        public DateTimeOffset LastModified => ThemeFileProvider.LastModified;
        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
