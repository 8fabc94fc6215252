using System.Text;
using StaticSite.Engine.IO;

namespace StaticSite.Engine.Documents;

/// <summary>
/// What a document writes into its file, held in the one way that suits it: text, bytes, a file already on disk
/// (a cached share card, or a page written as soon as it was made), or a writer that makes the file as it is written
/// (files made from the whole site, never held as one large array). Writers call <see cref="WriteTo"/> and never ask
/// which it is.
/// </summary>
public abstract record Content
{
    public static Content Of(string text) => new TextContent(text);

    public static Content Of(byte[] bytes) => new BytesContent(bytes);

    /// <summary>A file whose bytes are the content, copied (or linked) when written.</summary>
    public static Content InFile(string path) => new FileContent(path);

    /// <summary>Content that <paramref name="write"/> writes into a stream when the document is written.</summary>
    public static Content WrittenBy(Action<Stream> write) => new StreamedContent(write);

    public abstract byte[] ReadBytes();

    /// <summary>The content as text; bytes are read as UTF-8.</summary>
    public virtual string ReadText() => Encoding.UTF8.GetString(ReadBytes());

    /// <summary>Puts the content at <paramref name="destination"/> in <paramref name="staging"/>; null when nothing was
    /// written (an unsafe destination, or a file in place already).</summary>
    /// <returns>The content as it now is: the file in the staging folder.</returns>
    public abstract Content? WriteTo(StagingFolder staging, string destination);
}

public sealed record TextContent(string Text) : Content
{
    public override byte[] ReadBytes() => Encoding.UTF8.GetBytes(Text);

    public override string ReadText() => Text;

    public override Content? WriteTo(StagingFolder staging, string destination) =>
        staging.Write(destination, Encoding.UTF8.GetBytes(Text)) is { } path ? new FileContent(path) : null;
}

public sealed record BytesContent(byte[] Bytes) : Content
{
    public override byte[] ReadBytes() => Bytes;

    public override Content? WriteTo(StagingFolder staging, string destination) =>
        staging.Write(destination, Bytes) is { } path ? new FileContent(path) : null;
}

public sealed record FileContent(string Path) : Content
{
    public override byte[] ReadBytes() => File.ReadAllBytes(Path);

    public override Content? WriteTo(StagingFolder staging, string destination) =>
        staging.Link(destination, Path) is { } path ? new FileContent(path) : null;
}

public sealed record StreamedContent(Action<Stream> Write) : Content
{
    public override byte[] ReadBytes()
    {
        using var bytes = new MemoryStream();
        Write(bytes);
        return bytes.ToArray();
    }

    public override Content? WriteTo(StagingFolder staging, string destination) =>
        staging.Write(destination, Write) is { } path ? new FileContent(path) : null;
}
