using System.Buffers;
using System.Text.Json;

namespace StaticSite.Engine.IO;

/// <summary>
/// One JSON writer and buffer per thread, for the small JSON texts made for every page in parallel (the JSON-LD, the
/// search entries): a writer and a growing buffer made anew for each were a good part of what those allocated.
/// </summary>
internal sealed class ThreadJsonWriter(JsonWriterOptions options)
{
    private readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)> spare =
        new(() => (new ArrayBufferWriter<byte>(), new Utf8JsonWriter(Stream.Null, options)));

    /// <summary>The UTF-8 JSON <paramref name="write"/> wrote; valid until this thread's next call (so never call it from inside <paramref name="write"/>).</summary>
    public ReadOnlySpan<byte> Write(Action<Utf8JsonWriter> write)
    {
        var (buffer, writer) = spare.Value;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
