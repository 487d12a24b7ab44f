using System.Data.Common;
using System.Globalization;
using Tanpan.Web.Features.ProgrammeKpis;

namespace Tanpan.Bench.ProgrammeKpis;

/// <summary>
/// The sector roll-up by hand: one query over the grants in force (active, not past their last day), the grantors'
/// industry, their locked years and the snapshot's total read by the database's own JSON function, grouped by industry
/// and year, keeping the groups of at least three organisations.
/// </summary>
internal static class Sector
{
    public static async Task<Dictionary<string, decimal>> ReferenceAsync(DbConnection connection, bool sqlite, Guid agency, DateOnly today)
    {
        var total = sqlite ? "CAST(json_extract(s.\"Json\", '$.totalKilograms') AS REAL)" : "(s.\"Json\"::jsonb ->> 'totalKilograms')::numeric";
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT coalesce(nullif(trim(o."IndustryCode"), ''), '{SectorCells.NoIndustry}') AS industry, y."Year", count(DISTINCT o."Id"), sum({total}) / 1000
            FROM (SELECT DISTINCT "OrganisationId" FROM "Grants"
                  WHERE "GranteeOrganisationId" = @agency AND "Purpose" = 'sector' AND "State" = 'active' AND ("ExpiresOn" IS NULL OR "ExpiresOn" >= @today)) g
            JOIN "Organisations" o ON o."Id" = g."OrganisationId"
            JOIN "InventoryYears" y ON y."OrganisationId" = o."Id" AND y."LockedAt" IS NOT NULL
            JOIN "ResultSnapshots" s ON s."InventoryYearId" = y."Id"
            GROUP BY 1, 2
            HAVING count(DISTINCT o."Id") >= {SectorCells.MinimumOrganisations}
            """;
        var a = command.CreateParameter();
        (a.ParameterName, a.Value) = ("@agency", sqlite ? agency.ToString().ToUpperInvariant() : agency);
        var t = command.CreateParameter();
        (t.ParameterName, t.Value) = ("@today", sqlite ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : today);
        command.Parameters.Add(a);
        command.Parameters.Add(t);
        var rows = new List<(string, int, int, decimal)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                Convert.ToDecimal(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }

        return Figures(rows);
    }

    /// <summary>(industry, year) → organisations and tonnes (rounded to the kilogram: SQLite's JSON reads the total as a double).</summary>
    public static Dictionary<string, decimal> Figures(IEnumerable<(string Industry, int Year, int Organisations, decimal Tonnes)> cells)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (industry, year, organisations, tonnes) in cells)
        {
            result[$"sector/{industry}-{year}/organisations"] = organisations;
            result[$"sector/{industry}-{year}/tonnes"] = Math.Round(tonnes, 3);
        }

        return result;
    }
}
