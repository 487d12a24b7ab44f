using System.Globalization;
using System.Text;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>
/// The JSON reader's fast paths (ReadingBatch, IsoTimestamp): a timestamp read straight from UTF-8 is the instant
/// DateTimeOffset.TryParse reads from the same text, and anything the fast path does not take still goes the general way.
/// </summary>
public sealed class ReadingBatchTests
{
    [Theory]
    [InlineData("2025-01-01T00:15:00+08:00", 1735661700)]
    [InlineData("2024-12-31T16:15:00Z", 1735661700)]
    [InlineData("2024-12-31T16:15:00.999Z", 1735661700)]
    [InlineData("2024-02-29T23:59:59-05:30", 1709270999)]
    [InlineData("2025-07-01T00:00:00+14:00", 1751277600)]
    public void UsualShapes_AreReadFromUtf8_ToTheSameInstantAsDateTimeOffset(string text, long expected)
    {
        IsoTimestamp.TryParseUtf8(Encoding.UTF8.GetBytes(text), out var seconds).ShouldBeTrue();
        seconds.ShouldBe(expected);
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUnixTimeSeconds().ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-01-01T00:15:00")] // no offset: refused by the general path
    [InlineData("2025-01-01 00:15:00+08:00")]
    [InlineData(" 2025-01-01T00:15:00+08:00")]
    [InlineData("2025-02-29T00:15:00+08:00")]
    [InlineData("2025-01-01T24:00:00+08:00")]
    [InlineData("2025-01-01T00:15:00+14:30")]
    [InlineData("2025-01-01T00:15:00.+08:00")]
    [InlineData("2025-01-01T00:15:00.123456789+08:00")]
    [InlineData("2025-01-01T00:15:00z")]
    [InlineData("2025-1-01T00:15:00+08:00")]
    [InlineData("+025-01-01T00:15:00+08:00")]
    [InlineData("1899-12-31T00:00:00Z")]
    public void OtherShapes_GoTheGeneralWay(string text) =>
        IsoTimestamp.TryParseUtf8(Encoding.UTF8.GetBytes(text), out _).ShouldBeFalse();

    [Fact]
    public void RandomTimestamps_TheFastPathNeverDisagreesWithDateTimeOffset()
    {
        var random = new Random(7);
        string[] offsets = ["Z", "+08:00", "-03:30", "+14:00", "-14:00", "+00:00", "-00:00", "+13:59", "+14:01", "+24:00", "+8:00", "z", ""];
        string[] fractions = ["", ".5", ".1234567", ".12345678", "."];
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(1890, 9010):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}T{random.Next(0, 26):D2}:{random.Next(0, 62):D2}:{random.Next(0, 62):D2}" +
                $"{fractions[random.Next(fractions.Length)]}{offsets[random.Next(offsets.Length)]}");
            if (!IsoTimestamp.TryParseUtf8(Encoding.UTF8.GetBytes(text), out var seconds))
            {
                continue;
            }

            taken++;
            ReadingBatch.HasOffset(text).ShouldBeTrue(text);
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed).ShouldBeTrue(text);
            seconds.ShouldBe(parsed.ToUnixTimeSeconds(), text);
        }

        taken.ShouldBeGreaterThan(1_000);
    }

    [Fact]
    public void JsonRows_ShareTheMeterString_AndCarryTheTimeAsSeconds_EscapedOrNot()
    {
        var body = """
            {"readings":[
              {"meter":"m-1","ts":"2025-01-01T00:15:00+08:00","value":1},
              {"meter":"m-1","ts":"2025-01-01T00:30:00\u002B08:00","value":2},
              {"meter":"m-2","ts":"2025-01-01 00:45:00+08:00","value":3}]}
            """u8;
        var (rows, tooMany, _, _) = ReadingBatch.Parse(body, csv: false, maxRows: 10);
        tooMany.ShouldBeFalse();
        rows.ShouldNotBeNull();
        rows.Count.ShouldBe(3);
        ReferenceEquals(rows[0].Meter, rows[1].Meter).ShouldBeTrue();
        rows[2].Meter.ShouldBe("m-2");
        (rows[0].UnixSeconds, rows[0].Timestamp).ShouldBe((1735661700L, (string?)null));
        (rows[1].UnixSeconds, rows[1].Timestamp).ShouldBe((1735662600L, (string?)null)); // '+' escaped as System.Text.Json writes it
        (rows[2].UnixSeconds, rows[2].Timestamp).ShouldBe(((long?)null, "2025-01-01 00:45:00+08:00"));

        var meter = new MeterRef(Guid.CreateVersion7(), "m-1", false, null, 15, null);
        var other = new MeterRef(Guid.CreateVersion7(), "m-2", false, null, 15, null);
        var (valid, errors) = ReadingBatch.Validate(rows, new Dictionary<string, MeterRef> { ["m-1"] = meter, ["m-2"] = other });
        errors.ShouldBeEmpty();
        valid.Select(r => (r.Meter, r.TimestampUtc)).ShouldBe([(meter, 1735661700L), (meter, 1735662600L), (other, 1735663500L)]);
    }
}
