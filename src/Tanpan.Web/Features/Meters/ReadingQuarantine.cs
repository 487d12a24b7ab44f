using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Meters;

/// <summary>
/// Keeps implausible readings aside in MeterReadingConflicts with their reason (docs/meters.md#plausibility), never in
/// MeterReadings. Rare, so one INSERT … ON CONFLICT DO NOTHING per row (a retried batch adds nothing) in one transaction.
/// </summary>
internal static class ReadingQuarantine
{
    public static async Task AddAsync(AppDbContext db, Guid organisationId, Guid? gatewayKeyId, List<RejectedReading> rejected, long receivedAt, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var r in rejected)
        {
            // A value that is not finite is kept as text only: SQLite cannot store NaN.
            var value = double.IsFinite(r.Value) ? r.Value : 0;
            var text = ReadingBounds.Text(r.Value);
            // EF stores a Guid on SQLite as upper-case text; raw SQL binds it the same way (ReadingWriter.SqliteGuid).
            var sqlite = !db.Database.IsNpgsql();
            object id = sqlite ? ReadingWriter.SqliteGuid(Guid.CreateVersion7()) : Guid.CreateVersion7();
            object organisation = sqlite ? ReadingWriter.SqliteGuid(organisationId) : organisationId;
            object meter = sqlite ? ReadingWriter.SqliteGuid(r.Meter.Id) : r.Meter.Id;
            object? key = gatewayKeyId is not { } k ? null : sqlite ? ReadingWriter.SqliteGuid(k) : k;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MeterReadingConflicts" ("Id", "OrganisationId", "MeterId", "TimestampUtc", "Value", "StoredValue", "GatewayKeyId", "ReceivedAt", "Reason", "SentText")
                VALUES ({id}, {organisation}, {meter}, {r.TimestampUtc}, {value}, {0d}, {key}, {receivedAt}, {r.Reason}, {text}) ON CONFLICT DO NOTHING
                """, ct);
        }

        await transaction.CommitAsync(ct);
    }
}
