using System.Text;
using StaticSite.Engine.IO;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>
/// UTF-8 (with or without a byte order mark) passes; UTF-16 and UTF-32 are named; a byte that is not UTF-8 is found at
/// its line and column, counted as the YAML diagnostics count (UTF-16 units). Random texts, a fixed seed and a fixed
/// count, so the test takes milliseconds: more rounds would try more mixes of the same characters, not new kinds.
/// </summary>
public sealed class TextEncodingTests
{
    private static readonly string[] Pieces = ["a", "title: ", "é", "—", "日本", "😀", " ", "\n", "\r\n", "\t", "[x]", "\"q\""];

    private static readonly byte[][] BadBytes = [[0x80], [0xBF], [0xC0, 0xAF], [0xE9], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80]];

    [Fact]
    public void Utf8_WithOrWithoutAByteOrderMark_Passes()
    {
        var random = new Random(21);
        for (var round = 0; round < 500; round++)
        {
            var text = RandomText(random);
            Assert.Null(TextEncoding.Check(Encoding.UTF8.GetBytes(text), "f"));
            Assert.Null(TextEncoding.Check([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "f"));
        }
    }

    [Fact]
    public void ABadByte_IsFoundAtItsLineAndColumn()
    {
        var random = new Random(2121);
        for (var round = 0; round < 500; round++)
        {
            var (before, after) = (RandomText(random), RandomText(random));
            var bad = BadBytes[random.Next(BadBytes.Length)];
            var bom = random.Next(2) == 0;
            byte[] bytes = [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];

            var problem = TextEncoding.Check(bytes, "input/x.yml");

            var line = before.Count(c => c == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            Assert.NotNull(problem);
            Assert.Equal(("ENC002", line, column), (problem.Code, problem.Location.Line, problem.Location.Column));
            Assert.Contains($"byte 0x{bad[0]:X2}", problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("utf-16le", true, "UTF-16 (little-endian)")]
    [InlineData("utf-16be", true, "UTF-16 (big-endian)")]
    [InlineData("utf-16le", false, "UTF-16 (little-endian)")]
    [InlineData("utf-16be", false, "UTF-16 (big-endian)")]
    [InlineData("utf-32le", true, "UTF-32 (little-endian)")]
    [InlineData("utf-32be", true, "UTF-32 (big-endian)")]
    [InlineData("utf-32le", false, "UTF-32 (little-endian)")]
    [InlineData("utf-32be", false, "UTF-32 (big-endian)")]
    public void WideEncodings_AreNamed_WithOrWithoutAByteOrderMark(string name, bool bom, string said)
    {
        var encoding = name switch
        {
            "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "utf-32le" => Encoding.UTF32,
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        byte[] bytes = [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes("title: Café\n")];

        var problem = TextEncoding.Check(bytes, "theme/layouts/a.liquid");

        Assert.NotNull(problem);
        Assert.StartsWith($"theme/layouts/a.liquid:1:1: error ENC001: this file is saved as {said},", problem.ToString(), StringComparison.Ordinal);
    }

    private static string RandomText(Random random) => string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
