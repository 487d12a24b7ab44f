using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Meters.Ingest;

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
        var storage = MeterStorage.For(db);
        foreach (var r in rejected)
        {
            // A value that is not finite is kept as text only: SQLite cannot store NaN.
            var value = double.IsFinite(r.Value) ? r.Value : 0;
            var text = ReadingBounds.Text(r.Value);
            // Guids bound as EF stores them on the provider (IMeterStorage.Key).
            object id = storage.Key(Guid.CreateVersion7());
            object organisation = storage.Key(organisationId);
            object meter = storage.Key(r.Meter.Id);
            object? key = gatewayKeyId is { } k ? storage.Key(k) : null;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MeterReadingConflicts" ("Id", "OrganisationId", "MeterId", "TimestampUtc", "Value", "StoredValue", "GatewayKeyId", "ReceivedAt", "Reason", "SentText")
                VALUES ({id}, {organisation}, {meter}, {r.TimestampUtc}, {value}, {0d}, {key}, {receivedAt}, {r.Reason}, {text}) ON CONFLICT DO NOTHING
                """, ct);
        }

        await transaction.CommitAsync(ct);
    }
}
