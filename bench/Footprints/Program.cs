using System.Diagnostics;
using System.Globalization;
using Tanpan.Bench.Footprints;
using Tanpan.Core.Products;

// bench/Footprints [--products 1000] [--rows 100000] [--runs 3] [--warm-up 30] [--conn NPGSQL]: footprints for every product of a
// generated world with ProductFootprintCalculator, then (when a connection is given, or TANPAN_TEST_PG is set) the same
// roll-up as one WITH RECURSIVE query in PostgreSQL, in the same run, and how far the two answers are apart.
var products = Arg("--products", 1000);
var rows = Arg("--rows", 100_000);
var runs = Arg("--runs", 3);
var conn = Value("--conn") ?? Environment.GetEnvironmentVariable("TANPAN_TEST_PG");
conn = string.IsNullOrWhiteSpace(conn) ? null : conn;

Console.WriteLine($"world: {products:N0} products, 3-level BOM, {rows:N0} inventory rows over {World.Facilities} facilities");
var world = World.Build(products, rows);
Console.WriteLine($"inventory (InventoryCalculation.Run, not part of the comparison): {world.InventorySeconds:F3} s, {world.Inventory.Total.Tonnes:F3} tCO2e");
Console.WriteLine($"BOM lines {world.Data.Bom.Count:N0}, assignments {world.Data.Assignments.Count:N0}");

// Untimed warm-up, so the timed runs measure the optimised code: tiered JIT promotes a method after 30 calls and then
// recompiles it with the profile it gathered (TieredPGO), as the query runs against a warm PostgreSQL. With 3 warm-up
// runs the best was 0.05 s CPU; from about the 20th call on it is 0.025 s.
var warmUp = Arg("--warm-up", 30);
for (var i = 0; i < warmUp; i++)
{
    ProductFootprintCalculator.Calculate(world.Inventory, world.Data);
}

var best = double.MaxValue;
FootprintOutcome? outcome = null;
for (var i = 1; i <= runs; i++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    outcome = ProductFootprintCalculator.Calculate(world.Inventory, world.Data);
    var seconds = clock.Elapsed.TotalSeconds;
    best = Math.Min(best, seconds);
    Console.WriteLine($"core run {i}: {seconds:F3} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F3} s CPU");
}

if (outcome is null || !outcome.Succeeded)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, outcome?.Issues.Take(10) ?? []));
    return 1;
}

var allocated = outcome.Footprints.Sum(f => f.ProductionTotal.Kilograms);
Console.WriteLine($"core: allocated {allocated / 1000m:F6} t = inventory {world.Inventory.Total.Tonnes:F6} t: {(allocated == world.Inventory.Total.Kilograms ? "exact" : "NO")}");
Console.WriteLine(FormattableString.Invariant($"RESULT core calc_s={best:F3} products={outcome.Footprints.Count}"));
if (conn is null)
{
    Console.WriteLine("no PostgreSQL connection (--conn or TANPAN_TEST_PG): SQL reference skipped");
    return 0;
}

var sql = PostgresRollup.Run(conn, world, runs);
var byCode = outcome.Footprints.ToDictionary(f => f.Product.Code, f => f.CradleToGate.Kilograms, StringComparer.Ordinal);
var worst = sql.PerUnit.Max(p => Math.Abs(p.Value - byCode[p.Key]));
Console.WriteLine($"sql: {sql.PerUnit.Count:N0} products; largest |core - sql| per unit {worst.ToString("G6", CultureInfo.InvariantCulture)} kg CO2e");
Console.WriteLine(FormattableString.Invariant($"RESULT sql load_s={sql.LoadSeconds:F3} query_s={sql.QuerySeconds:F3} max_diff_kg={worst:G6}"));
Console.WriteLine();
Console.WriteLine($"  {"figure",-58}{"value",12}");
Console.WriteLine($"  {"ProductFootprintCalculator.Calculate, best of " + runs,-58}{best,10:F3} s");
Console.WriteLine($"  {"PostgreSQL WITH RECURSIVE query, best of " + (2 * runs) + " (jit on and off)",-58}{sql.QuerySeconds,10:F3} s");
Console.WriteLine($"  {"core / sql (target <= 1.0)",-58}{best / sql.QuerySeconds,12:F2}  {(best <= sql.QuerySeconds ? "PASS" : "FAIL")}");
Console.WriteLine($"  {"(PostgreSQL load: binary COPY + ANALYZE, untimed in the ratio)",-58}{sql.LoadSeconds,10:F3} s");
return worst <= 0.000001m ? 0 : 1;

int Arg(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
