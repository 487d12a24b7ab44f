using System.Text.RegularExpressions;
using Npgsql;

namespace Tanpan.Bench.InventoryRollup.Postgres;

/// <summary>
/// Copies the data/factors CSVs the reference needs into all-text tables <c>rollup.raw_{file}</c>,
/// with the columns of each file's header, so reference.sql works from the very files Tanpan embeds.
/// </summary>
internal static partial class RawFactorTables
{
    private static readonly string[] Files =
    [
        "materials.csv", "moenv-6.0.4/fuel-combustion.csv", "electricity/grid-factors.csv", "gwp/gwp100.csv", "gwp/refrigerant-blends.csv",
    ];

    public static void Load(NpgsqlConnection connection, string factorDirectory)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(factorDirectory, file);
            var table = "rollup.raw_" + Path.GetFileNameWithoutExtension(path).Replace('-', '_');
            var header = File.ReadLines(path).First().Split(',');
            if (header.FirstOrDefault(c => !Identifier().IsMatch(c)) is { } bad)
            {
                throw new InvalidOperationException($"{path}: column '{bad}' is not a plain identifier");
            }

            using (var create = new NpgsqlCommand($"create table {table} ({string.Join(", ", header.Select(c => c + " text"))})", connection))
            {
                create.ExecuteNonQuery();
            }

            using var writer = connection.BeginTextImport($"copy {table} from stdin (format csv, header true)");
            writer.Write(File.ReadAllText(path));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
