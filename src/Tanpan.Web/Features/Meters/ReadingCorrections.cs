using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Meters.Profiles;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Features.Meters;

/// <summary>The corrected value of one reading: an interval meter's quantity, a cumulative meter's register (in the meter's unit).</summary>
public sealed record ReadingCorrectionRequest(double? Value);

/// <summary>
/// Deleting or correcting one stored reading of an interval meter (owners and editors; docs/meters.md#reviewing-readings):
/// one transaction changes the reading, writes an audit entry (<c>MeterReading</c>, the meter's id, old and new
/// time/value, who) and rebuilds the reading's day profile; a linked meter's month is then written again into its
/// source's activity data. A correction passes the same plausibility checks as the ingest (<see cref="ReadingBounds"/>).
/// A cumulative register's reading is corrected by its register value, or deleted; its quantity and the next reading's are
/// then recomputed from the registers in the same transaction (<see cref="ReadingWriter.RecomputeAsync"/>: increase, roll-over
/// or reset), and when the first reading of the register is deleted the next one becomes the first (quantity 0). The days
/// of every reading whose quantity changed are rebuilt, and the months they fall in are synced.
/// </summary>
public static class ReadingCorrections
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(Guid id, long ts, TenantContext tenant, AppDbContext db,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await ChangeAsync(id, ts, null, tenant, db, clock, cancellationToken);

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> CorrectAsync(Guid id, long ts, ReadingCorrectionRequest request,
        TenantContext tenant, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Value is not { } value)
        {
            var errors = new FieldErrors();
            errors.Add("value", "請輸入讀數。", "Enter the value.");
            return errors.ToResult();
        }

        return await ChangeAsync(id, ts, value, tenant, db, clock, cancellationToken);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeAsync(Guid id, long ts, double? value, TenantContext tenant,
        AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        if (await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } meter)
        {
            return Problems.NotFound();
        }

        var cumulative = meter.Kind == MeterValues.Cumulative;
        var now = clock.GetUtcNow();
        if (value is { } v)
        {
            var bound = ReadingBounds.MaxValue(cumulative, meter.RolloverValue, meter.IntervalMinutes, meter.EnergyType, meter.Unit, meter.ContractCapacityKw, meter.MaxReadingValue);
            if (ReadingBounds.Check(v, ts, bound, now.ToUnixTimeSeconds()) is { } reason)
            {
                var (chinese, english) = ReadingBounds.Describe(reason, bound);
                var errors = new FieldErrors();
                errors.Add("value", chinese, english);
                return errors.ToResult();
            }
        }

        if (await WriteAsync(db, tenant, meter, ts, value, now, ct) is not { } changedDays)
        {
            return Problems.NotFound();
        }

        if (meter.EmissionSourceId is not null)
        {
            var months = changedDays.Select(d => MeterActivity.MonthOf(d.Day)).Append(MeterActivity.MonthOf(ts)).Distinct().ToList();
            await MeterActivity.SyncAsync(db, meter.Id, months, ct);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// The change, its audit entry and the profiles of the changed days, in one transaction; the days whose readings'
    /// quantities changed (the reading's own day included), or null when there is no such reading.
    /// </summary>
    private static async Task<List<(Guid MeterId, long Day)>?> WriteAsync(AppDbContext db, TenantContext tenant, Meter meter, long ts, double? value,
        DateTimeOffset now, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var cumulative = meter.Kind == MeterValues.Cumulative;
        var reading = db.MeterReadings.Where(r => r.MeterId == meter.Id && r.TimestampUtc == ts);
        if (await reading.Select(r => cumulative ? r.Register : (double?)r.Quantity).SingleOrDefaultAsync(ct) is not { } before)
        {
            return null;
        }

        var storage = MeterStorage.For(db);
        var changed = new List<(Guid MeterId, long Day)> { (meter.Id, DayProfileWriter.DayOf(ts)) };
        _ = (value, cumulative) switch
        {
            ({ } after, false) => await reading.ExecuteUpdateAsync(s => s.SetProperty(r => r.Quantity, after), ct),
            ({ } after, true) => await reading.ExecuteUpdateAsync(s => s.SetProperty(r => r.Register, after), ct),
            _ => await reading.ExecuteDeleteAsync(ct),
        };
        if (cumulative)
        {
            await RecomputeAroundAsync(db, storage, transaction.GetDbTransaction(), meter, ts, changed, ct);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now), OrganisationId = meter.OrganisationId, EntityType = nameof(MeterReading), EntityId = meter.Id,
            Action = value is null ? AuditAction.Delete : AuditAction.Update, UserId = tenant.UserId, At = now,
            OldValues = Json(ts, before, cumulative), NewValues = value is { } x ? Json(ts, x, cumulative) : null,
        });
        await db.SaveChangesAsync(ct);
        await DayProfileWriter.RebuildAsync(storage, db.Database.GetDbConnection(), transaction.GetDbTransaction(), changed.Distinct(), ct);
        await transaction.CommitAsync(ct);
        return changed;
    }

    /// <summary>
    /// A cumulative register after one of its readings changed or went: the quantities from the reading before to the one
    /// after are recomputed from the registers; with no reading before (the first was deleted), the next one becomes the
    /// register's first reading (quantity 0, flag First).
    /// </summary>
    private static async Task RecomputeAroundAsync(AppDbContext db, IMeterStorage storage, DbTransaction transaction, Meter meter, long ts,
        List<(Guid MeterId, long Day)> changed, CancellationToken ct)
    {
        var reference = new MeterRef(meter.Id, meter.Name, true, (double?)meter.RolloverValue, meter.IntervalMinutes, meter.EmissionSourceId);
        await ReadingWriter.RecomputeAsync(storage, db.Database.GetDbConnection(), transaction, reference, ts, ts, changed, ct);
        var readings = db.MeterReadings.Where(r => r.MeterId == meter.Id);
        if (!await readings.AnyAsync(r => r.TimestampUtc < ts, ct)
            && await readings.Where(r => r.TimestampUtc > ts).OrderBy(r => r.TimestampUtc).Select(r => (long?)r.TimestampUtc).FirstOrDefaultAsync(ct) is { } next)
        {
            await readings.Where(r => r.TimestampUtc == next)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Quantity, 0.0).SetProperty(r => r.Flags, (int)ReadingMarks.First), ct);
            changed.Add((meter.Id, DayProfileWriter.DayOf(next)));
        }
    }

    /// <summary>The audit values: the time and the interval's quantity, or a cumulative meter's register.</summary>
    private static string Json(long ts, double value, bool register) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"TimestampUtc":{{ts}},"{{(register ? "Register" : "Quantity")}}":{{value.ToString("R", CultureInfo.InvariantCulture)}}}""");
}
