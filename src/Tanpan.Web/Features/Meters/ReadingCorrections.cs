using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

/// <summary>The corrected value of one reading (the interval's quantity, in the meter's unit).</summary>
public sealed record ReadingCorrectionRequest(double? Value);

/// <summary>
/// Deleting or correcting one stored reading of an interval meter (owners and editors; docs/meters.md#reviewing-readings):
/// one transaction changes the reading, writes an audit entry (<c>MeterReading</c>, the meter's id, old and new
/// time/value, who) and rebuilds the reading's day profile; a linked meter's month is then written again into its
/// source's activity data. A correction passes the same plausibility checks as the ingest (<see cref="ReadingBounds"/>).
/// Cumulative registers are not corrected one by one: their quantities depend on the neighbouring readings.
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

        if (meter.Kind == MeterValues.Cumulative)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "累計型電表的讀數無法逐筆更正或刪除（其用量取決於前後讀數）。",
                "Readings of a cumulative register cannot be corrected or deleted one by one (their quantities depend on the neighbouring readings).");
        }

        var now = clock.GetUtcNow();
        if (value is { } v)
        {
            var bound = ReadingBounds.MaxValue(false, meter.RolloverValue, meter.IntervalMinutes, meter.EnergyType, meter.Unit, meter.ContractCapacityKw, meter.MaxReadingValue);
            if (ReadingBounds.Check(v, ts, bound, now.ToUnixTimeSeconds()) is { } reason)
            {
                var (chinese, english) = ReadingBounds.Describe(reason, bound);
                var errors = new FieldErrors();
                errors.Add("value", chinese, english);
                return errors.ToResult();
            }
        }

        if (!await WriteAsync(db, tenant, meter, ts, value, now, ct))
        {
            return Problems.NotFound();
        }

        if (meter.EmissionSourceId is not null)
        {
            await MeterActivity.SyncAsync(db, meter.Id, [MeterActivity.MonthOf(ts)], ct);
        }

        return TypedResults.NoContent();
    }

    /// <summary>The change, its audit entry and the day's profile, in one transaction; false when there is no such reading.</summary>
    private static async Task<bool> WriteAsync(AppDbContext db, TenantContext tenant, Meter meter, long ts, double? value, DateTimeOffset now, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var reading = db.MeterReadings.Where(r => r.MeterId == meter.Id && r.TimestampUtc == ts);
        if (await reading.Select(r => (double?)r.Quantity).SingleOrDefaultAsync(ct) is not { } before)
        {
            return false;
        }

        _ = value is { } after
            ? await reading.ExecuteUpdateAsync(s => s.SetProperty(r => r.Quantity, after), ct)
            : await reading.ExecuteDeleteAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now), OrganisationId = meter.OrganisationId, EntityType = nameof(MeterReading), EntityId = meter.Id,
            Action = value is null ? AuditAction.Delete : AuditAction.Update, UserId = tenant.UserId, At = now,
            OldValues = Json(ts, before), NewValues = value is { } x ? Json(ts, x) : null,
        });
        await db.SaveChangesAsync(ct);
        await DayProfileWriter.RebuildAsync(MeterStorage.For(db), db.Database.GetDbConnection(), transaction.GetDbTransaction(), [(meter.Id, DayProfileWriter.DayOf(ts))], ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static string Json(long ts, double quantity) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"TimestampUtc":{{ts}},"Quantity":{{quantity.ToString("R", CultureInfo.InvariantCulture)}}}""");
}
