namespace StaticSite.Preview;

/// <summary>The preview's own browser files (live reload script, overlay stylesheet), embedded in this assembly.</summary>
public static class ClientFiles
{
    public const string Prefix = "/_staticsite/";
    public const string LiveReloadScript = Prefix + "livereload.js";

    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["livereload.js"] = ("text/javascript; charset=utf-8", Read("Client/livereload.js")),
        ["overlay.css"] = ("text/css; charset=utf-8", Read("Client/overlay.css")),
    };

    public static (string ContentType, byte[] Bytes)? Find(string name) => Files.TryGetValue(name, out var file) ? file : null;

    private static byte[] Read(string resource)
    {
        using var stream = typeof(ClientFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the preview assembly lacks its resource '{resource}'");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
