using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Documents.Tests.ActivityFiles.Hostile;
using Xunit.Abstractions;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>
/// A hostile CSV batch (issue 16, left over for meters): one line of almost 16 MB of cells. Refused as a whole with a
/// message in both languages, nothing stored, at the cost of decoding the body and not of splitting millions of cells
/// (before the bound, the split cost hundreds of MB). Measured alone (<see cref="MemoryMeasured"/>).
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class HostileIngestTests(SqliteFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteFixture>
{
    /// <summary>"1," repeated to just under the 16 MiB body limit (so the body is read, not refused as too large): 8.4 million cells.</summary>
    private static readonly string LongLine = new StringBuilder(16_776_000).Insert(0, "1,", 8_388_000).ToString();

    [Fact]
    public void Parse_CsvLineOf16MbOfCells_IsRefused_AllocatingLittleMoreThanTheDecodedText()
    {
        var body = Encoding.UTF8.GetBytes("meter,ts,value\n主電表,2025-03-01T00:15:00+08:00,4\n" + LongLine + "\n");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (rows, tooMany, chinese, english) = ReadingBatch.Parse(body, csv: true, IngestApi.MaxReadings);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"body {body.Length:N0} bytes, parse allocated {allocated:N0} bytes");
        (rows, tooMany).ShouldBe((null, false));
        chinese.ShouldBe("CSV 第 3 行超過 1,024 個字元，整批未儲存。");
        english.ShouldBe("CSV line 3 is longer than 1,024 characters; nothing was stored.");
        // The decoded text is 2 bytes a character (32 MB); the 8.4 million cells alone would be over 300 MB.
        allocated.ShouldBeLessThan(3L * body.Length);
    }

    [Fact]
    public void Parse_CsvLineOfExactlyTheBound_IsRead()
    {
        var meter = new string('表', ReadingBatch.MaxCsvLineChars - ",2025-03-01T00:15:00+08:00,4".Length);
        var body = Encoding.UTF8.GetBytes($"{meter},2025-03-01T00:15:00+08:00,4\n");

        var (rows, _, chinese, _) = ReadingBatch.Parse(body, csv: true, IngestApi.MaxReadings);

        chinese.ShouldBeNull();
        rows.ShouldNotBeNull().ShouldHaveSingleItem().Meter.ShouldBe(meter);
    }

    [Fact]
    public async Task Ingest_CsvWithALineOf16MbOfCells_Is400_NothingIsStored()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        var csv = "meter,ts,value\n主電表,2025-03-01T00:15:00+08:00,4\n" + LongLine + "\n";

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await PushCsvAsync(gateway, csv);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"request of {csv.Length:N0} characters: the process allocated {allocated:N0} bytes");
        result.Status.ShouldBe(HttpStatusCode.BadRequest, result.Text);
        using (var problem = JsonDocument.Parse(result.Text))
        {
            problem.RootElement.GetProperty("errors").GetProperty("body")[0].GetString()
                .ShouldBe("CSV 第 3 行超過 1,024 個字元，整批未儲存。 CSV line 3 is longer than 1,024 characters; nothing was stored.");
        }

        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.CountAsync(r => r.MeterId == meter.Id)).ShouldBe(0); // not even the good first row
        // Client and server together: the request's bytes (client and server copies) and the decoded text, not the cells.
        allocated.ShouldBeLessThan(10L * csv.Length);
    }
}
