using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>SQLite: day profiles read with prepared statements and upserted one day at a time.</summary>
internal sealed partial class SqliteMeterStorage
{
    public Task WriteDayProfilesAsync(DbConnection connection, DbTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct) =>
        UpdateSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, organisationId, runs, additions, ct);

    private static async Task UpdateSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct)
    {
        var stored = new Dictionary<(Guid MeterId, long Day), (byte[] Blob, int Readings)>();
        var addedDays = DayProfileWriter.DaysOf(additions);
        if (addedDays.Count > 0)
        {
            await using var profile = new SqliteCommand("""
                SELECT "Slots", "Readings" FROM "MeterDayProfiles" WHERE "MeterId" = $meter AND "LocalDay" = $day
                """, connection, transaction);
            var meterParameter = profile.Parameters.Add("$meter", SqliteType.Text);
            var dayParameter = profile.Parameters.Add("$day", SqliteType.Integer);
            profile.Prepare();
            foreach (var (meter, day) in addedDays)
            {
                meterParameter.Value = ReadingWriter.SqliteGuid(meter);
                dayParameter.Value = day;
                await using var reader = await profile.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct))
                {
                    stored[(meter, day)] = (reader.GetFieldValue<byte[]>(0), reader.GetInt32(1));
                }
            }
        }

        var profiles = new ProfileAccumulator(stored);
        await using (var read = new SqliteCommand("""
            SELECT "OrganisationId", "TimestampUtc", "Quantity" FROM "MeterReadings"
            WHERE "MeterId" = $meter AND "TimestampUtc" > $from AND "TimestampUtc" <= $to ORDER BY "TimestampUtc"
            """, connection, transaction))
        {
            var meterParameter = read.Parameters.Add("$meter", SqliteType.Text);
            var fromParameter = read.Parameters.Add("$from", SqliteType.Integer);
            var toParameter = read.Parameters.Add("$to", SqliteType.Integer);
            read.Prepare();
            foreach (var (meter, firstDay, lastDay) in runs)
            {
                meterParameter.Value = ReadingWriter.SqliteGuid(meter);
                fromParameter.Value = DayProfileWriter.DayStart(firstDay);
                toParameter.Value = DayProfileWriter.DayStart(lastDay + 1);
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    profiles.Add(meter, reader.GetGuid(0), reader.GetInt64(1), reader.GetDouble(2));
                }
            }
        }

        profiles.AddAll(organisationId, additions);
        await using var upsert = new SqliteCommand("""
            INSERT INTO "MeterDayProfiles" ("MeterId", "LocalDay", "OrganisationId", "Slots", "Readings") VALUES ($meter, $day, $org, $slots, $readings)
            ON CONFLICT ("MeterId", "LocalDay") DO UPDATE SET "Slots" = excluded."Slots", "Readings" = excluded."Readings"
            """, connection, transaction);
        var meterValue = upsert.Parameters.Add("$meter", SqliteType.Text);
        var dayValue = upsert.Parameters.Add("$day", SqliteType.Integer);
        var orgValue = upsert.Parameters.Add("$org", SqliteType.Text);
        var slotsValue = upsert.Parameters.Add("$slots", SqliteType.Blob);
        var readingsValue = upsert.Parameters.Add("$readings", SqliteType.Integer);
        upsert.Prepare();
        foreach (var row in profiles.Complete())
        {
            meterValue.Value = ReadingWriter.SqliteGuid(row.MeterId);
            dayValue.Value = row.Day;
            orgValue.Value = ReadingWriter.SqliteGuid(row.OrganisationId);
            slotsValue.Value = row.Blob;
            readingsValue.Value = row.Readings;
            await upsert.ExecuteNonQueryAsync(ct);
        }
    }
}
