using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace StaticSite.Explainer.Outputs.Share;

/// <summary>
/// Writes opaque 8-bit RGBA pixels as a PNG: the signature, IHDR, one IDAT and IEND (PNG specification,
/// sections 5 and 11). Skia's own encoder compresses with the classic zlib; .NET's ZLibStream uses zlib-ng,
/// which is several times faster on a share card's mostly flat rows at the fastest level, and encoding is most of the
/// time a card takes.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private const byte ColourTypeRgba = 6;
    private const byte FilterNone = 0;

    public static byte[] EncodeRgba(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes)
    {
        if (width <= 0 || height <= 0 || rowBytes < width * 4 || pixels.Length < rowBytes * (height - 1) + width * 4)
        {
            throw new ArgumentException($"{pixels.Length} bytes are not {width}×{height} RGBA pixels with rows of {rowBytes} bytes");
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = ColourTypeRgba; // bytes 10-12: deflate, adaptive filtering, no interlace, all 0

        var image = new MemoryStream();
        using (var deflate = new ZLibStream(image, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                // Every row unfiltered: flat colours gain little from filters, and trying them costs time.
                deflate.WriteByte(FilterNone);
                deflate.Write(pixels.Slice(y * rowBytes, width * 4));
            }
        }

        var png = new MemoryStream((int)image.Length + 64);
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", image.GetBuffer().AsSpan(0, (int)image.Length));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Length, type, data, and the CRC-32 of type and data, as every PNG chunk is laid out.</summary>
    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        png.Write(number);
    }
}
