using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>SQLite: a batch's readings by one prepared INSERT … ON CONFLICT DO NOTHING per reading.</summary>
internal sealed partial class SqliteMeterStorage : IMeterStorage
{
    public static readonly SqliteMeterStorage Instance = new();

    private SqliteMeterStorage()
    {
    }

    public object Key(Guid id) => ReadingWriter.SqliteGuid(id);

    public Task<WriteCounts> InsertReadingsAsync(DbConnection connection, DbTransaction transaction, Guid organisationId, Guid? gatewayKeyId,
        List<ValidReading> readings, long receivedAt, CancellationToken ct) =>
        WriteSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, organisationId, gatewayKeyId, readings, receivedAt, ct);

    private static async Task<WriteCounts> WriteSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, Guid organisationId,
        Guid? gatewayKeyId, List<ValidReading> readings, long receivedAt, CancellationToken ct)
    {
        var org = ReadingWriter.SqliteGuid(organisationId);
        await using var insert = new SqliteCommand("""
            INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Register", "Flags", "ReceivedAt")
            VALUES ($meter, $ts, $org, $quantity, $register, $flags, $received) ON CONFLICT DO NOTHING
            """, connection, transaction);
        var meterParameter = insert.Parameters.Add("$meter", SqliteType.Text);
        var tsParameter = insert.Parameters.Add("$ts", SqliteType.Integer);
        insert.Parameters.AddWithValue("$org", org);
        var quantityParameter = insert.Parameters.Add("$quantity", SqliteType.Real);
        var registerParameter = insert.Parameters.Add("$register", SqliteType.Real);
        var flagsParameter = insert.Parameters.Add("$flags", SqliteType.Integer);
        insert.Parameters.AddWithValue("$received", receivedAt);
        insert.Prepare();

        SqliteCommand? stored = null, conflict = null;
        int accepted = 0, duplicates = 0, conflicts = 0;
        try
        {
            foreach (var r in readings)
            {
                var meter = ReadingWriter.SqliteGuid(r.Meter.Id);
                meterParameter.Value = meter;
                tsParameter.Value = r.TimestampUtc;
                quantityParameter.Value = r.Meter.Cumulative ? 0.0 : r.Value;
                registerParameter.Value = r.Meter.Cumulative ? r.Value : DBNull.Value;
                flagsParameter.Value = r.Meter.Cumulative ? (int)ReadingMarks.First : 0;
                if (await insert.ExecuteNonQueryAsync(ct) == 1)
                {
                    accepted++;
                    continue;
                }

                stored ??= Command(connection, transaction, """SELECT COALESCE("Register", "Quantity") FROM "MeterReadings" WHERE "MeterId" = $meter AND "TimestampUtc" = $ts""");
                stored.Parameters.Clear();
                stored.Parameters.AddWithValue("$meter", meter);
                stored.Parameters.AddWithValue("$ts", r.TimestampUtc);
                var storedValue = Convert.ToDouble(await stored.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                if (storedValue == r.Value)
                {
                    duplicates++;
                    continue;
                }

                conflicts++;
                conflict ??= Command(connection, transaction, """
                    INSERT INTO "MeterReadingConflicts" ("Id", "OrganisationId", "MeterId", "TimestampUtc", "Value", "StoredValue", "GatewayKeyId", "ReceivedAt")
                    VALUES ($id, $org, $meter, $ts, $value, $stored, $key, $received) ON CONFLICT DO NOTHING
                    """);
                conflict.Parameters.Clear();
                conflict.Parameters.AddWithValue("$id", ReadingWriter.SqliteGuid(Guid.CreateVersion7()));
                conflict.Parameters.AddWithValue("$org", org);
                conflict.Parameters.AddWithValue("$meter", meter);
                conflict.Parameters.AddWithValue("$ts", r.TimestampUtc);
                conflict.Parameters.AddWithValue("$value", r.Value);
                conflict.Parameters.AddWithValue("$stored", storedValue);
                conflict.Parameters.AddWithValue("$key", gatewayKeyId is { } key ? ReadingWriter.SqliteGuid(key) : DBNull.Value);
                conflict.Parameters.AddWithValue("$received", receivedAt);
                await conflict.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (stored is not null)
            {
                await stored.DisposeAsync();
            }

            if (conflict is not null)
            {
                await conflict.DisposeAsync();
            }
        }

        return new WriteCounts(accepted, duplicates, conflicts);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql) => new(sql, connection, transaction);
}
