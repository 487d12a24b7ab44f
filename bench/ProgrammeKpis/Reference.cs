using System.Data.Common;
using System.Globalization;
using System.Text;
using Tanpan.Web.Features.ProgrammeKpis;

namespace Tanpan.Bench.ProgrammeKpis;

/// <summary>
/// The dashboard's figures as a developer would write them by hand in SQL, one GROUP BY per dimension and figure, on the
/// same tables (both providers: only ANSI SQL plus ltrim/replace/substr). The region is a CASE over the first three
/// characters of the address after dropping leading postal-code digits and spaces, reading 台 as 臺 and removing
/// 中華民國/臺灣省/臺灣 (anywhere: the generated addresses have them only in front), built from <see cref="Regions.Prefixes"/>.
/// Answers (dimension, key, figure) → value, as <see cref="Figures.Of"/> does for the app's report.
/// </summary>
internal static class Reference
{
    public static async Task<Dictionary<string, decimal>> RunAsync(DbConnection connection, bool sqlite, Guid agency, Guid programme, int year)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var apps = $"""SELECT * FROM "ProgrammeApplications" WHERE "OrganisationId" = @org AND "ProgrammeId" = @programme""";
        var confirmed = $"""SELECT * FROM ({apps}) x WHERE "ConfirmedAt" IS NOT NULL""";
        var requests = $"""SELECT r.* FROM "ProgrammeRequests" r JOIN ({confirmed}) a ON a."Id" = r."ApplicationId" WHERE r."OrganisationId" = @org AND r."State" <> 'unconfirmed'""";
        var cases = """SELECT * FROM "ProgrammeCases" WHERE "OrganisationId" = @org AND "ProgrammeId" = @programme""";
        var visits = """SELECT "CaseId", count(*) AS n FROM "CaseVisits" WHERE "OrganisationId" = @org GROUP BY "CaseId" """;
        var certificates = $"""
            SELECT "TaxId", count(*) AS n FROM "TrainingCertificates"
            WHERE "OrganisationId" = @org AND "RevokedAt" IS NULL AND "CompletedOn" >= '{year}-01-01' AND "CompletedOn" <= '{year}-12-31' GROUP BY "TaxId"
            """;
        var region = Region("a.\"Address\"");

        // Totals.
        await ReadAsync($"SELECT 'total', count(*) FROM ({confirmed}) a", "total", "applications");
        await ReadAsync($"SELECT 'total', count(*) FROM ({apps}) a WHERE a.\"ConfirmedAt\" IS NULL", "total", "unconfirmed");
        await ReadAsync($"SELECT 'total', r.\"State\", count(*) FROM ({requests}) r GROUP BY r.\"State\"", "total", "state");
        await ReadAsync($"SELECT 'total', count(*), coalesce(sum(v.n), 0) FROM ({cases}) c LEFT JOIN ({visits}) v ON v.\"CaseId\" = c.\"Id\"", "total", "cases", "visits");
        await ReadAsync($"SELECT 'total', c.\"StageKey\", count(*) FROM ({cases}) c GROUP BY c.\"StageKey\"", "total", "stage");
        await ReadAsync($"SELECT 'total', coalesce(sum(n), 0) FROM ({certificates}) t", "total", "trained-all");

        // By an attribute of the application: industry, region.
        foreach (var (dimension, key) in new[] { (KpiDimensions.Industry, "a.\"IndustryCode\""), (KpiDimensions.Region, region) })
        {
            await ReadAsync($"SELECT {key}, count(*) FROM ({confirmed}) a GROUP BY {key}", dimension, "applications");
            await ReadAsync($"SELECT {key}, count(*) FROM ({requests}) r JOIN ({confirmed}) a ON a.\"Id\" = r.\"ApplicationId\" GROUP BY {key}", dimension, "requests");
            await ReadAsync($"SELECT {key}, r.\"State\", count(*) FROM ({requests}) r JOIN ({confirmed}) a ON a.\"Id\" = r.\"ApplicationId\" GROUP BY {key}, r.\"State\"", dimension, "state");
            await ReadAsync($"SELECT {key}, count(*), coalesce(sum(v.n), 0) FROM ({cases}) c JOIN ({confirmed}) a ON a.\"Id\" = c.\"ApplicationId\" LEFT JOIN ({visits}) v ON v.\"CaseId\" = c.\"Id\" GROUP BY {key}",
                dimension, "cases", "visits");
            await ReadAsync($"SELECT k, sum(t.n) FROM (SELECT DISTINCT {key} AS k, a.\"TaxId\" FROM ({confirmed}) a) d JOIN ({certificates}) t ON t.\"TaxId\" = d.\"TaxId\" GROUP BY k",
                dimension, "trained");
        }

        // By service: the requests' service; an application counts under each service it asks for.
        await ReadAsync($"SELECT r.\"ServiceId\", count(DISTINCT r.\"ApplicationId\"), count(*) FROM ({requests}) r GROUP BY r.\"ServiceId\"", KpiDimensions.Service, "applications", "requests");
        await ReadAsync($"SELECT r.\"ServiceId\", r.\"State\", count(*) FROM ({requests}) r GROUP BY r.\"ServiceId\", r.\"State\"", KpiDimensions.Service, "state");
        await ReadAsync($"SELECT c.\"ServiceId\", count(*), coalesce(sum(v.n), 0) FROM ({cases}) c LEFT JOIN ({visits}) v ON v.\"CaseId\" = c.\"Id\" GROUP BY c.\"ServiceId\"",
            KpiDimensions.Service, "cases", "visits");
        await ReadAsync($"""
            SELECT d."ServiceId", sum(t.n) FROM (SELECT DISTINCT r."ServiceId", a."TaxId" FROM ({requests}) r JOIN ({confirmed}) a ON a."Id" = r."ApplicationId") d
            JOIN ({certificates}) t ON t."TaxId" = d."TaxId" GROUP BY d."ServiceId"
            """, KpiDimensions.Service, "trained");

        // By consulting team: the team of the application's cases, of the request's case.
        await ReadAsync($"SELECT c.\"TeamOrganisationId\", count(DISTINCT c.\"ApplicationId\"), count(*) FROM ({cases}) c JOIN ({requests}) r ON r.\"Id\" = c.\"RequestId\" GROUP BY c.\"TeamOrganisationId\"",
            KpiDimensions.Team, "applications", "requests");
        await ReadAsync($"SELECT c.\"TeamOrganisationId\", r.\"State\", count(*) FROM ({cases}) c JOIN ({requests}) r ON r.\"Id\" = c.\"RequestId\" GROUP BY c.\"TeamOrganisationId\", r.\"State\"",
            KpiDimensions.Team, "state");
        await ReadAsync($"SELECT c.\"TeamOrganisationId\", count(*), coalesce(sum(v.n), 0) FROM ({cases}) c LEFT JOIN ({visits}) v ON v.\"CaseId\" = c.\"Id\" GROUP BY c.\"TeamOrganisationId\"",
            KpiDimensions.Team, "cases", "visits");
        await ReadAsync($"""
            SELECT d."TeamOrganisationId", sum(t.n) FROM (SELECT DISTINCT c."TeamOrganisationId", a."TaxId" FROM ({cases}) c JOIN ({confirmed}) a ON a."Id" = c."ApplicationId") d
            JOIN ({certificates}) t ON t."TaxId" = d."TaxId" GROUP BY d."TeamOrganisationId"
            """, KpiDimensions.Team, "trained");
        return result;

        // Reads rows of (key, [second key,] figure…): a second text column names a state or stage.
        async Task ReadAsync(string sql, string dimension, params string[] figures)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@org", agency);
            Add(command, "@programme", programme);
            await using var reader = await command.ExecuteReaderAsync();
            var byName = figures.Length == 1 && reader.FieldCount == 3;
            while (await reader.ReadAsync())
            {
                var key = Key(reader.GetValue(0));
                if (byName)
                {
                    result[$"{dimension}/{key}/{figures[0]}:{reader.GetString(1)}"] = Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture);
                    continue;
                }

                for (var i = 0; i < figures.Length; i++)
                {
                    result[$"{dimension}/{key}/{figures[i]}"] = Convert.ToDecimal(reader.GetValue(i + 1), CultureInfo.InvariantCulture);
                }
            }
        }

        void Add(DbCommand command, string name, Guid value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = sqlite ? value.ToString().ToUpperInvariant() : value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>Guids as the app prints them (SQLite answers upper-case text).</summary>
    public static string Key(object value) => value switch
    {
        Guid g => g.ToString(),
        string s when Guid.TryParse(s, out var g) => g.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Region(string address)
    {
        var text = $"replace(replace(replace(replace(ltrim({address}, ' 0123456789０１２３４５６７８９-'), '台', '臺'), '中華民國', ''), '臺灣省', ''), '臺灣', '')";
        var sql = new StringBuilder($"CASE substr({text}, 1, 3)");
        foreach (var (name, code) in Regions.Prefixes)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN '{name}' THEN '{code}'");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE '{Regions.Unknown}' END").ToString();
    }
}
