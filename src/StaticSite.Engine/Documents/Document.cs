using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.Documents;

/// <summary>
/// An immutable unit of work flowing through modules: where it came from, where it will be written,
/// its content (text, bytes, or a file to copy) and a typed model. Modules return new documents with <c>with</c>.
/// </summary>
/// <param name="ContentFile">A file whose bytes are the content, copied when written: large cached artefacts
/// (share cards) need not be held in memory for the whole build.</param>
/// <param name="WriteContent">Writes the content into a stream when the document is written: files made from the whole
/// site (the data files, the feed, the sitemap) go straight into their file, never held as one large array.</param>
public sealed record Document(SourceSpan Source, string? Destination, string? Text = null, byte[]? Bytes = null, object? Model = null,
    string? ContentFile = null, Action<Stream>? WriteContent = null)
{
    /// <summary>The content as bytes, whichever way it is held.</summary>
    public byte[] ReadBytes() =>
        Bytes ?? (ContentFile is { } file ? File.ReadAllBytes(file)
            : WriteContent is { } write ? Written(write)
            : System.Text.Encoding.UTF8.GetBytes(Text ?? ""));

    private static byte[] Written(Action<Stream> write)
    {
        using var bytes = new MemoryStream();
        write(bytes);
        return bytes.ToArray();
    }

    /// <summary>The content as text (UTF-8 when held as bytes).</summary>
    public string ReadText() => Text ?? System.Text.Encoding.UTF8.GetString(ReadBytes());

    public T ModelAs<T>() where T : class =>
        Model as T ?? throw new InvalidOperationException($"{Source.Path} carries {Model?.GetType().Name ?? "no model"}, not {typeof(T).Name}");
}
