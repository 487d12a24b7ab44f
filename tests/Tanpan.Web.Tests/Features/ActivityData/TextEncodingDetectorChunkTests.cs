using System.Text;
using Tanpan.Web.Features.ActivityData;

namespace Tanpan.Web.Tests.Features.ActivityData;

public sealed class TextEncodingDetectorChunkTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tanpan-enc-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(65_535)] // 天 (3 bytes) starts one byte before the 64 KiB chunk boundary
    [InlineData(65_534)]
    [InlineData(65_536)]
    public void Detect_MultiByteCharacterAcrossChunkBoundary_IsUtf8(int offset)
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', offset)).Concat(Encoding.UTF8.GetBytes("天然氣\n")).ToArray();
        File.WriteAllBytes(_path, bytes);

        TextEncodingDetector.Detect(_path)!.Value.Name.ShouldBe("UTF-8");
    }

    [Fact]
    public void Detect_Big5CharacterAcrossChunkBoundary_IsBig5()
    {
        var big5 = TextEncodingDetector.Big5;
        var bytes = Encoding.ASCII.GetBytes(new string('a', 65_535)).Concat(big5.GetBytes("天然氣,柴油\n")).ToArray();
        File.WriteAllBytes(_path, bytes);

        TextEncodingDetector.Detect(_path)!.Value.Name.ShouldBe("Big5");
    }
}
