using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// Every row of every table of a SQLite test database, hashed per table: two fingerprints differ exactly where a
/// request wrote something (a row added, changed or removed, an audit entry included).
/// </summary>
internal static class DatabaseFingerprint
{
    /// <summary>
    /// Tables a page view writes for reasons of its own, not the form's data: the antiforgery and cookie keys the
    /// host keeps, and the EF migration history.
    /// </summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "DataProtectionKeys", "__EFMigrationsHistory" };

    public static async Task<Dictionary<string, string>> TakeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !Ignored.Contains(t)))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }

                rows.Add(row.ToString());
            }

            // Rows in a fixed order of their own (some tables have no rowid): the same rows give the same hash.
            rows.Sort(StringComparer.Ordinal);
            hashes[table] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
        }

        return hashes;
    }

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        after.Where(t => !before.TryGetValue(t.Key, out var hash) || hash != t.Value).Select(t => t.Key).ToList();
}
