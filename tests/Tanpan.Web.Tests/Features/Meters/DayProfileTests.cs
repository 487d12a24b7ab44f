using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>
/// Day profiles kept by the ingestion (docs/meters.md#day-profiles): after random batches — out of order, late, exact
/// retries, contradicting values, cumulative roll-overs and resets, readings ending exactly at local midnight — every
/// stored profile equals the profile recomputed here from the stored readings; other organisations' profiles are invisible.
/// </summary>
public abstract class DayProfileTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly long Start = new DateTimeOffset(2025, 3, 9, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task RandomBatches_EveryStoredProfileEqualsTheOneRecomputedFromTheReadings(int seed)
    {
        var random = new Random(seed);
        var (organisationId, meters) = await SeedAsync(random);
        var truth = meters.ToDictionary(m => m.Id, m => Truth(m, random));
        var sent = new List<List<ValidReading>>();
        for (var b = 0; b < 30; b++)
        {
            List<ValidReading> batch;
            var roll = random.Next(10);
            if (roll == 0 && sent.Count > 0)
            {
                batch = sent[random.Next(sent.Count)]; // an exact retry
            }
            else
            {
                batch = [];
                foreach (var meter in meters.Where(_ => random.Next(3) > 0))
                {
                    var series = truth[meter.Id];
                    var from = random.Next(series.Count);
                    var count = random.Next(1, 150);
                    var step = random.Next(4) == 0 ? random.Next(2, 7) : 1; // sometimes scattered readings
                    for (var i = from; i < Math.Min(series.Count, from + (count * step)); i += step)
                    {
                        var (t, v) = series[i];
                        batch.Add(new ValidReading(meter, t, roll == 1 && random.Next(5) == 0 ? v + 1 : v)); // some contradict stored ones
                    }
                }

                batch = [.. batch.OrderBy(_ => random.Next())]; // out of order
            }

            sent.Add(batch);
            await using (var db = fixture.CreateContext(organisationId))
            {
                await ReadingWriter.WriteAsync(db, organisationId, null, batch, 1_800_000_000, CancellationToken.None);
            }

            await ShouldMatchReadingsAsync(organisationId);
        }

        await using var check = fixture.CreateContext(organisationId);
        (await check.MeterReadings.CountAsync(r => (r.Flags & (int)ReadingMarks.Rollover) != 0)).ShouldBeGreaterThan(0);
        (await check.MeterReadings.CountAsync(r => (r.Flags & (int)ReadingMarks.Reset) != 0)).ShouldBeGreaterThan(0);
        (await check.MeterReadingConflicts.CountAsync()).ShouldBeGreaterThan(0);
        (await check.MeterDayProfiles.CountAsync()).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task BatchOfNewReadings_IsAddedToTheStoredProfilesOfItsDays()
    {
        var (organisationId, meters) = await SeedAsync(new Random(7));
        var (quarter, fiveMinutes, register) = (meters[0], meters[2], meters[3]);
        var first = new List<ValidReading>();
        var second = new List<ValidReading>();
        for (var k = 1; k <= 2 * 288; k++)
        {
            var t = Start + (k * 300);
            // Day 1 until 12:00 and day 2 after 18:00 first, then what lies between: the second batch is all new, and its
            // days' profiles already hold readings both before and after it (in the slot at 18:00 too).
            var early = k <= 144 || k > 288 + 216;
            (early ? first : second).Add(new ValidReading(fiveMinutes, t, Math.Round(0.1 + (k % 17 * 0.37), 3)));
            if (k % 3 == 0)
            {
                (early ? first : second).Add(new ValidReading(quarter, t, k % 5 + 0.25));
                (early ? first : second).Add(new ValidReading(register, t, 1_000 + k));
            }
        }

        second.Add(new ValidReading(fiveMinutes, Start + (2 * 86400) + 300, 4)); // and a third day, new
        second.Reverse(); // out of order
        foreach (var batch in new[] { first, second })
        {
            await using var db = fixture.CreateContext(organisationId);
            var counts = await ReadingWriter.WriteAsync(db, organisationId, null, batch, 1_800_000_000, CancellationToken.None);
            counts.ShouldBe(new WriteCounts(batch.Count, 0, 0));
        }

        await ShouldMatchReadingsAsync(organisationId);
        await using var check = fixture.CreateContext(organisationId);
        (await check.MeterDayProfiles.Where(p => p.MeterId == fiveMinutes.Id).Select(p => p.Readings).OrderBy(n => n).ToListAsync()).ShouldBe([1, 288, 288]);
    }

    [Fact]
    public async Task ConcurrentBatchesOfNewReadingsOfOneDay_EachLandInItsProfile()
    {
        var (organisationId, meters) = await SeedAsync(new Random(8));
        var meter = meters[2]; // every 5 minutes
        for (var round = 0; round < 4; round++)
        {
            // Eight batches at once, each every eighth reading of the same hours of one day: disjoint, all new.
            var day = Start + (round * 86400);
            await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                var batch = Enumerable.Range(0, 36).Select(j => new ValidReading(meter, day + ((1 + w + (8 * j)) * 300L), 1 + w + (j * 0.01))).ToList();
                await using var db = fixture.CreateContext(organisationId);
                (await ReadingWriter.WriteAsync(db, organisationId, null, batch, 1_800_000_000, CancellationToken.None)).ShouldBe(new WriteCounts(36, 0, 0));
            })));
        }

        await ShouldMatchReadingsAsync(organisationId);
        await using var check = fixture.CreateContext(organisationId);
        (await check.MeterDayProfiles.Select(p => p.Readings).ToListAsync()).ShouldBe([288, 288, 288, 288]);
    }

    [Fact]
    public async Task ReadingEndingAtLocalMidnight_IsTheLastSlotOfThePreviousDay()
    {
        var random = new Random(3);
        var (organisationId, meters) = await SeedAsync(random);
        var meter = meters[0];
        await using (var db = fixture.CreateContext(organisationId))
        {
            await ReadingWriter.WriteAsync(db, organisationId, null, [new ValidReading(meter, Start + 86400, 7.5), new ValidReading(meter, Start + 86400 + 900, 2)],
                1_800_000_000, CancellationToken.None);
        }

        await using var read = fixture.CreateContext(organisationId);
        var profiles = await new MeterProfileReader(read, TenantOf(organisationId)).LoadAsync([meter.Id], 0, long.MaxValue, CancellationToken.None);
        var p = profiles[meter.Id];
        p.LocalDays.ShouldBe([TouSchedule.LocalDayOf(new DateOnly(2025, 3, 9)), TouSchedule.LocalDayOf(new DateOnly(2025, 3, 10))]);
        p.Day(0)[95].ShouldBe(7.5); // 23:45–24:00 of 3/9
        p.Day(0).ToArray().Sum().ShouldBe(7.5);
        p.Day(1)[0].ShouldBe(2); // 00:00–00:15 of 3/10
        p.Readings.ShouldBe([1, 1]);
    }

    [Fact]
    public async Task AnotherOrganisationsProfiles_AreInvisible()
    {
        var random = new Random(5);
        var (a, metersA) = await SeedAsync(random);
        var (b, metersB) = await SeedAsync(random);
        foreach (var (org, meter) in new[] { (a, metersA[0]), (b, metersB[0]) })
        {
            await using var db = fixture.CreateContext(org);
            await ReadingWriter.WriteAsync(db, org, null, [new ValidReading(meter, Start + 900, 1)], 1_800_000_000, CancellationToken.None);
        }

        await using var asA = fixture.CreateContext(a);
        var reader = new MeterProfileReader(asA, TenantOf(a));
        var loaded = await reader.LoadAsync([metersA[0].Id, metersB[0].Id], 0, long.MaxValue, CancellationToken.None);
        loaded[metersA[0].Id].Count.ShouldBe(1);
        loaded[metersB[0].Id].Count.ShouldBe(0);
        (await asA.MeterDayProfiles.Select(p => p.OrganisationId).Distinct().ToListAsync()).ShouldBe([a]);
    }

    [Fact]
    public async Task DeletingAMeter_DeletesItsProfiles_AndNoOtherMeters()
    {
        var (organisationId, meters) = await SeedAsync(new Random(9));
        await using (var db = fixture.CreateContext(organisationId))
        {
            await ReadingWriter.WriteAsync(db, organisationId, null, [new ValidReading(meters[0], Start + 900, 1), new ValidReading(meters[1], Start + 3600, 2)],
                1_800_000_000, CancellationToken.None);
        }

        await using (var db = fixture.CreateContext(organisationId))
        {
            await MetersApi.DeleteAsync(meters[0].Id, new Microsoft.AspNetCore.Http.DefaultHttpContext(), TenantOf(organisationId), db, CancellationToken.None);
        }

        await using var check = fixture.CreateContext(organisationId);
        (await check.MeterDayProfiles.Select(p => p.MeterId).ToListAsync()).ShouldBe([meters[1].Id]);
    }

    /// <summary>
    /// PostgreSQL's fast path (binary COPY when no reading is stored in the batch's range) meets a reading another
    /// transaction stores in that range after the check: the COPY waits for it, fails on the primary key when it
    /// commits, and the batch is stored by the general path — the contradicting reading kept aside, the new one
    /// stored, the profile rebuilt from both.
    /// </summary>
    protected async Task ConcurrentCommitDuringCopyAsync()
    {
        var (organisationId, meters) = await SeedAsync(new Random(21));
        var meter = meters[0];
        await using var other = fixture.CreateContext(organisationId);
        await using var otherTransaction = await other.Database.BeginTransactionAsync();
        await other.Database.ExecuteSqlRawAsync("""
            INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Register", "Flags", "ReceivedAt")
            VALUES ({0}, {1}, {2}, 5.5, NULL, 0, 1800000000)
            """, meter.Id, Start + 900, organisationId);

        var write = Task.Run(async () =>
        {
            await using var db = fixture.CreateContext(organisationId);
            return await ReadingWriter.WriteAsync(db, organisationId, null, [new ValidReading(meter, Start + 900, 5), new ValidReading(meter, Start + 1800, 6)],
                1_800_000_001, CancellationToken.None);
        });

        // The batch's COPY is waiting for the other transaction's row before that one commits.
        await using (var watch = fixture.CreateContext(organisationId))
        {
            var waited = Stopwatch.StartNew();
            while (await watch.Database.SqlQueryRaw<int>("""
                SELECT count(*)::int AS "Value" FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'COPY%'
                """).SingleAsync() == 0)
            {
                write.IsCompleted.ShouldBeFalse("the batch finished before the other transaction committed");
                waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
                await Task.Delay(20);
            }
        }

        await otherTransaction.CommitAsync();
        var counts = await write;
        counts.ShouldBe(new WriteCounts(1, 0, 1));
        await using var check = fixture.CreateContext(organisationId);
        (await check.MeterReadings.Where(r => r.MeterId == meter.Id).OrderBy(r => r.TimestampUtc).Select(r => r.Quantity).ToListAsync()).ShouldBe([5.5, 6]);
        (await check.MeterReadingConflicts.Select(c => new { c.Value, c.StoredValue }).SingleAsync()).ShouldBe(new { Value = 5.0, StoredValue = 5.5 });
        await ShouldMatchReadingsAsync(organisationId);
    }

    /// <summary>Every profile of the organisation equals the one summed here from its readings, in time order; and no other exists.</summary>
    private async Task ShouldMatchReadingsAsync(Guid organisationId)
    {
        await using var db = fixture.CreateContext(organisationId);
        var readings = await db.MeterReadings.AsNoTracking().OrderBy(r => r.MeterId).ThenBy(r => r.TimestampUtc)
            .Select(r => new { r.MeterId, r.TimestampUtc, r.Quantity }).ToListAsync();
        var expected = new Dictionary<(Guid, long), (double[] Slots, int Count)>();
        foreach (var r in readings)
        {
            var key = (r.MeterId, TouSchedule.LocalDay(r.TimestampUtc - 1));
            if (!expected.TryGetValue(key, out var e))
            {
                e = (new double[96], 0);
            }

            e.Slots[TouSchedule.LocalSlot(r.TimestampUtc - 1)] += r.Quantity;
            expected[key] = (e.Slots, e.Count + 1);
        }

        var stored = await db.MeterDayProfiles.AsNoTracking().ToListAsync();
        stored.Select(p => (p.MeterId, p.LocalDay)).Order().ShouldBe(expected.Keys.Order());
        var slots = new double[96];
        foreach (var p in stored)
        {
            var (expectedSlots, count) = expected[(p.MeterId, p.LocalDay)];
            p.OrganisationId.ShouldBe(organisationId);
            p.Readings.ShouldBe(count);
            DayProfileWriter.Decode(p.Slots, slots);
            for (var s = 0; s < 96; s++)
            {
                slots[s].ShouldBe(expectedSlots[s], 1e-9 * Math.Max(1, Math.Abs(expectedSlots[s])), $"meter {p.MeterId} day {p.LocalDay} slot {s}");
            }
        }
    }

    /// <summary>
    /// What each meter would send over four days: values on its interval grid (some ending at local midnight). Cumulative
    /// registers climb; the one with a roll-over value wraps at 10,000, the other is reset to a small value once.
    /// </summary>
    private static List<(long T, double V)> Truth(MeterRef meter, Random random)
    {
        var step = meter.IntervalMinutes * 60L;
        var series = new List<(long, double)>();
        var register = 9_000.0;
        for (var t = Start + step; t <= Start + (4 * 86400); t += step)
        {
            if (!meter.Cumulative)
            {
                series.Add((t, Math.Round(random.NextDouble() * 50, 3)));
                continue;
            }

            register += Math.Round(random.NextDouble() * 40, 2);
            if (meter.Rollover is { } rollover && register >= rollover)
            {
                register -= rollover;
            }
            else if (meter.Rollover is null && series.Count == 200)
            {
                register = 3; // a reset
            }

            series.Add((t, register));
        }

        return series;
    }

    private async Task<(Guid Organisation, MeterRef[] Meters)> SeedAsync(Random random)
    {
        var organisation = Seed.Organisation($"日曲線 {random.Next():x8}");
        await using var db = fixture.CreateContext(organisation.Id);
        var facility = new Facility { Name = "一廠" };
        db.AddRange(organisation, facility);
        MeterRef[] meters =
        [
            new(Guid.CreateVersion7(), "15 分鐘", false, null, 15, null),
            new(Guid.CreateVersion7(), "每小時", false, null, 60, null),
            new(Guid.CreateVersion7(), "5 分鐘", false, null, 5, null),
            new(Guid.CreateVersion7(), "累計 (10000 歸零)", true, 10_000, 15, null),
            new(Guid.CreateVersion7(), "累計 (會重置)", true, null, 15, null),
        ];
        foreach (var m in meters)
        {
            db.Meters.Add(new Meter
            {
                Id = m.Id, FacilityId = facility.Id, Name = m.Name, EnergyType = "electricity", Unit = "kWh",
                Kind = m.Cumulative ? MeterValues.Cumulative : MeterValues.Interval, IntervalMinutes = m.IntervalMinutes,
                RolloverValue = m.Rollover is { } r ? (decimal)r : null, CreatedAt = Seed.Time,
            });
        }

        await db.SaveChangesAsync();
        return (organisation.Id, meters);
    }

    private static TenantContext TenantOf(Guid organisationId)
    {
        var tenant = new TenantContext();
        tenant.Set(null, organisationId, MembershipRole.Owner);
        return tenant;
    }
}
