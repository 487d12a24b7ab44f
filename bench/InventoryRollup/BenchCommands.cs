using Tanpan.Bench.InventoryRollup.Generate;
using Tanpan.Bench.InventoryRollup.InProcess;
using Tanpan.Bench.InventoryRollup.Postgres;

namespace Tanpan.Bench.InventoryRollup;

/// <summary>The harness's subcommands; bench/inventory-rollup/run drives them and the tanpan CLI.</summary>
internal static class BenchCommands
{
    private const string Usage = """
        usage: InventoryRollup generate --out FILE [--facilities 100000] [--rows-per-facility 20] [--seed 42] [--bom false]
               InventoryRollup pg --file FILE --conn CONNSTRING [--factors DIR] [--runs 1]
               InventoryRollup naive --file FILE [--runs 1]
               InventoryRollup phases --file FILE [--read-ahead false]
        """;

    public static int Run(string[] args)
    {
        try
        {
            var options = Arguments.Parse(args.AsSpan(Math.Min(1, args.Length)));
            Action command = args.FirstOrDefault() switch
            {
                "generate" => Generate(options),
                "pg" => Postgres(options),
                "naive" => Naive(options),
                "phases" => Phases(options),
                _ => throw new ArgumentException("which subcommand?"),
            };
            options.ThrowIfUnused();
            command();
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or Npgsql.NpgsqlException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static Action Generate(Arguments o)
    {
        var (path, facilities, rows, seed) = (o.Required("out"), o.Int("facilities", 100_000), o.Int("rows-per-facility", 20), o.Int("seed", 42));
        var bom = o.Bool("bom", false);
        return () => RollupFileGenerator.Write(path, facilities, rows, seed, bom);
    }

    private static Action Postgres(Arguments o)
    {
        var (path, conn, factors, runs) = (o.Required("file"), o.Required("conn"), o.Get("factors"), o.Int("runs", 1));
        return () => PostgresReference.Run(path, conn, factors ?? FactorData.FindDirectory(), runs);
    }

    private static Action Naive(Arguments o)
    {
        var (path, runs) = (o.Required("file"), o.Int("runs", 1));
        return () => InProcessRollup.Run(path, runs);
    }

    private static Action Phases(Arguments o)
    {
        var (path, readAhead) = (o.Required("file"), o.Bool("read-ahead", false));
        return () => CliPhases.Run(path, readAhead);
    }
}
