using System.Text;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActivityFiles;

public sealed class TextEncodingDetectorTests : IDisposable
{
    /// <summary>The detector reads files in chunks of this many bytes.</summary>
    private const int Chunk = 1 << 16;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(Chunk - 2)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData((3 * Chunk) - 1)]
    public void Detect_Utf8CharacterAcrossAChunkBoundary_IsUtf8(int offset)
    {
        var path = _dir.WriteBytes("big.csv", CharacterAt(offset, "柴油", new UTF8Encoding(false)));

        TextEncodingDetector.Detect(path).ShouldNotBeNull().Name.ShouldBe("UTF-8");
    }

    // 示 is A5 DC in Big5: split after A5, a decoder that forgets the pending byte reads DC as a lead byte.
    [Theory]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    public void Detect_Big5CharacterAcrossAChunkBoundary_IsBig5(int offset)
    {
        var path = _dir.WriteBytes("big5.csv", CharacterAt(offset, "示", TextEncodingDetector.Big5));

        TextEncodingDetector.Detect(path).ShouldNotBeNull().Name.ShouldBe("Big5");
    }

    [Fact]
    public void Open_LargeUtf8File_ReadsEveryRow()
    {
        var rows = Enumerable.Range(0, 20_000).Select(i => $"一廠,stationary,柴油,{i + 1},公升,2021,發電機");
        var path = _dir.Write("large.csv", string.Join('\n', ["facility,source_type,material,activity,unit,year,source", .. rows]) + "\n");

        var records = ActivityRecords.Read(path);

        records.Count.ShouldBe(20_000);
        records[^1].Line.ShouldBe(20_001);
    }

    /// <summary>ASCII padding, then <paramref name="text"/> starting at byte <paramref name="offset"/>, then a newline.</summary>
    private static byte[] CharacterAt(int offset, string text, Encoding encoding) =>
        [.. Enumerable.Repeat((byte)'x', offset), .. encoding.GetBytes(text), (byte)'\n'];
}
