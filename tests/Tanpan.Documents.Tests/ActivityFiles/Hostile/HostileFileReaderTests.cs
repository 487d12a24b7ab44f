using Tanpan.Documents.ActivityFiles;
using Xunit.Abstractions;

namespace Tanpan.Documents.Tests.ActivityFiles.Hostile;

/// <summary>
/// Every hostile file is refused by the reader with a clear message in both languages, within seconds, and the peak
/// managed memory of the process while reading it stays under the import's 64 MB budget (issue 16, point 1).
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class HostileFileReaderTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(HostileFiles.Names), MemberType = typeof(HostileFiles))]
    public void Open_HostileFile_IsRefusedQuicklyWithinTheMemoryBudget(string name)
    {
        var (bytes, fileName, en, zh) = HostileFiles.Make(name);
        var path = Path.Combine(Path.GetTempPath(), $"tanpan-hostile-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
        File.WriteAllBytes(path, bytes);
        bytes = [];
        try
        {
            ActivityFileRefusedException? refused = null;
            var probe = PeakMemory.Start();
            try
            {
                _ = ActivityFileReader.Open(path, ReadBudget.Default).Records.Count();
            }
            catch (ActivityFileRefusedException e)
            {
                refused = e;
            }

            probe.Stop();
            output.WriteLine($"{name} ({new FileInfo(path).Length:N0} bytes): {probe}; {refused?.MessageEn}");

            refused.ShouldNotBeNull($"{name} was read without a refusal");
            refused.MessageEn.ShouldContain(en, Case.Insensitive);
            refused.MessageZh.ShouldContain(zh);
            refused.MessageZh.ShouldNotContain("the ");
            probe.Elapsed.ShouldBeLessThan(HostileFiles.MaxTime);
            probe.PeakBytes.ShouldBeLessThan(ReadBudget.DefaultBytes);
            probe.AllocatedBytes.ShouldBeLessThan(4 * ReadBudget.DefaultBytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_CellInColumnXfdRow1048576_IsReadAtTheEdgeOfTheGrid()
    {
        var sheet = HostileFiles.Sheet(HostileFiles.Header + HostileFiles.InlineRow(1_048_576, "甲廠", "固定燃燒", "柴油", "2.5", "公升", "2021")
            .Replace("</row>", "<c r=\"XFD1048576\"><v>7</v></c></row>", StringComparison.Ordinal));
        var path = Path.Combine(Path.GetTempPath(), $"tanpan-edge-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, HostileFiles.Workbook(sheet));
        try
        {
            var file = ActivityFileReader.Open(path);
            file.FileIssues.ShouldBeEmpty();
            var record = file.Records.ToList().ShouldHaveSingleItem();
            record.Line.ShouldBe(1_048_576);
            ActivityRecords.Parse(record).Amount.ShouldBe(2.5m);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadBudget_ChargeBeyondTheLimit_Refuses()
    {
        var budget = new ReadBudget(100);
        budget.Charge(60, "甲", "a");
        budget.Release(60);
        budget.Charge(100, "甲", "a");
        Should.Throw<ActivityFileRefusedException>(() => budget.Charge(1, "甲", "a")).Message.ShouldContain("exceed the 0 MB memory limit");
    }
}
