using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Core.Products;

namespace Tanpan.Bench.Footprints;

/// <summary>
/// The PostgreSQL reference: the world's row totals (kg CO₂e per inventory row, as the calculator receives them),
/// products, outputs, assignments and BOM in unlogged tables of a schema <c>fp</c> (binary COPY, then ANALYZE), and the
/// roll-up as one query (<c>rollup.sql</c>), timed alone, best of the runs with the server's JIT setting and with
/// <c>jit = off</c>. The schema is dropped at the end.
/// </summary>
internal static class PostgresRollup
{
    public sealed record Result(double LoadSeconds, double QuerySeconds, Dictionary<string, decimal> PerUnit);

    public static Result Run(string connectionString, World world, int runs)
    {
        using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = dataSource.OpenConnection();
        Execute(connection, """
            drop schema if exists fp cascade;
            create schema fp;
            create unlogged table fp.rows (facility text not null, source text not null, kg numeric not null);
            create unlogged table fp.products (code text primary key, mass numeric not null);
            create unlogged table fp.outputs (code text not null, facility text not null, quantity numeric not null);
            create unlogged table fp.assign (facility text not null, source text not null, code text not null, primary key (facility, source));
            create unlogged table fp.bom (parent text not null, child text, quantity numeric not null, factor numeric);
            """);
        try
        {
            var clock = Stopwatch.StartNew();
            Load(connection, world);
            var load = clock.Elapsed.TotalSeconds;
            var sql = new StreamReader(typeof(PostgresRollup).Assembly.GetManifestResourceStream("rollup.sql")!).ReadToEnd();
            var best = double.MaxValue;
            var perUnit = new Dictionary<string, decimal>(StringComparer.Ordinal);
            Console.WriteLine($"pg: {connection.PostgreSqlVersion}, jit {Scalar(connection, "show jit")}, max_parallel_workers_per_gather {Scalar(connection, "show max_parallel_workers_per_gather")}");

            // Half the runs with the server's JIT setting, half with jit = off (LLVM compiling the plan can cost more than it
            // saves on a query this size); the reference is the best of all, the most favourable figure for SQL.
            for (var i = 1; i <= 2 * runs; i++)
            {
                if (i == runs + 1)
                {
                    Execute(connection, "set jit = off");
                }

                perUnit.Clear();
                clock.Restart();
                using (var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 })
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        perUnit[reader.GetString(0)] = reader.GetDecimal(1);
                    }
                }

                var seconds = clock.Elapsed.TotalSeconds;
                best = Math.Min(best, seconds);
                Console.WriteLine($"sql run {i}{(i > runs ? " (jit off)" : "")}: {seconds:F3} s");
            }

            return new Result(load, best, perUnit);
        }
        finally
        {
            Execute(connection, "drop schema if exists fp cascade");
        }
    }

    private static void Load(NpgsqlConnection connection, World world)
    {
        using (var copy = connection.BeginBinaryImport("copy fp.rows (facility, source, kg) from stdin (format binary)"))
        {
            foreach (var r in world.Inventory.Rows)
            {
                copy.WriteRow(r.Row.Facility, r.Row.Source!, r.Total.Kilograms);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("copy fp.products (code, mass) from stdin (format binary)"))
        {
            foreach (var p in world.Data.Products)
            {
                copy.WriteRow(p.Code, p.MassKgPerUnit);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("copy fp.outputs (code, facility, quantity) from stdin (format binary)"))
        {
            foreach (var o in world.Data.Outputs)
            {
                copy.WriteRow(o.ProductCode, o.Facility, o.Quantity);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("copy fp.assign (facility, source, code) from stdin (format binary)"))
        {
            foreach (var a in world.Data.Assignments)
            {
                copy.WriteRow(a.Facility, a.ProcessOrSource, a.ProductCode);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("copy fp.bom (parent, child, quantity, factor) from stdin (format binary)"))
        {
            foreach (var b in world.Data.Bom)
            {
                copy.StartRow();
                copy.Write(b.ParentCode, NpgsqlDbType.Text);
                var (child, factor) = b.Source switch
                {
                    BomSource.OwnProduct p => (p.ProductCode, (decimal?)null),
                    BomSource.SecondaryFactor f => (null, f.KgCo2ePerUnit),
                    BomSource.SupplierPcf s => ((string?)null, s.KgCo2ePerUnit),
                    _ => throw new InvalidOperationException(),
                };
                WriteNullable(copy, child, NpgsqlDbType.Text);
                copy.Write(b.QuantityPerUnit, NpgsqlDbType.Numeric);
                WriteNullable(copy, factor, NpgsqlDbType.Numeric);
            }

            copy.Complete();
        }

        Execute(connection, "analyze fp.rows; analyze fp.products; analyze fp.outputs; analyze fp.assign; analyze fp.bom");
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
