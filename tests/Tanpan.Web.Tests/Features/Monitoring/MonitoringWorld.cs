using Tanpan.Core.Tariffs;
using Tanpan.Core.Time;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>Meters and readings written straight to the database (the ingestion is another feature's), for alert and dashboard tests.</summary>
internal static class MonitoringWorld
{
    /// <summary>The test clock's now (<see cref="Seed.Time"/>, 2026-11-22 16:30 in Taipei), Unix seconds.</summary>
    public static long Now => Seed.Time.ToUnixTimeSeconds();

    /// <summary>Tuesday 2025-07-15 in Taipei, 1 kWh every quarter (stamped 00:15 … 24:00), except 3 kWh at 17:00–17:15.</summary>
    public static IEnumerable<(long, double)> SummerTuesday() =>
        Enumerable.Range(1, 96).Select(i => (Taipei(2025, 7, 15, 0) + (i * 900L), i == 69 ? 3.0 : 1.0));

    public static long Taipei(int year, int month, int day, int hour, int minute = 0) =>
        TaipeiTime.At(new DateTime(year, month, day, hour, minute, 0)).ToUnixTimeSeconds();

    public static async Task<Meter> MeterAsync(DatabaseFixture fixture, Guid organisationId, Guid facilityId, string name = "主電表",
        string? plan = "high_voltage_three_stage", string? voltage = "high", decimal? capacityKw = 100m)
    {
        await using var db = fixture.CreateContext(organisationId);
        var meter = new Meter
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisationId, FacilityId = facilityId, Name = name, EnergyType = "electricity", Unit = "kWh",
            Kind = MeterValues.Interval, IntervalMinutes = 15, TariffPlanId = plan, Voltage = voltage, ContractCapacityKw = capacityKw, CreatedAt = Seed.Time,
        };
        db.Meters.Add(meter);
        await db.SaveChangesAsync();
        return meter;
    }

    public static async Task ReadingsAsync(DatabaseFixture fixture, Meter meter, IEnumerable<(long EndUtc, double Kwh)> readings)
    {
        await using var db = fixture.CreateContext(meter.OrganisationId);
        db.MeterReadings.AddRange(readings.Select(r => new MeterReading
        {
            OrganisationId = meter.OrganisationId, MeterId = meter.Id, TimestampUtc = r.EndUtc, Quantity = r.Kwh, ReceivedAt = Now,
        }));
        await db.SaveChangesAsync();
        await DayProfileWriter.RebuildMetersAsync(db, [meter.Id], CancellationToken.None); // as the start-up step does for readings not ingested
    }

    /// <summary>
    /// Nine weeks up to now of a plant working weekdays 09–17 at 10 kWh a quarter, idle (1 kWh) otherwise and on
    /// holidays, ±2.5 % noise; <paramref name="change"/> may alter a reading by its interval's local start.
    /// </summary>
    public static IEnumerable<(long, double)> Plant(Func<DateTimeOffset, double, double>? change = null)
    {
        var random = new Random(7);
        for (var end = Now - (63 * 86400L) + 900; end <= Now; end += 900)
        {
            var begin = TaipeiTime.OfUnixSeconds(end - 900);
            var working = HolidayCalendar.Shipped.DayTypeOf(DateOnly.FromDateTime(begin.DateTime)) == DayType.Weekday && begin.Hour is >= 9 and < 17;
            var kwh = (working ? 10 : 1) * (1 + (0.05 * (random.NextDouble() - 0.5)));
            yield return (end, change?.Invoke(begin, kwh) ?? kwh);
        }
    }
}
