namespace Tanpan.Bench.InventoryRollup.Postgres;

/// <summary>One timed run of the reference: COPY, ANALYZE and query seconds, result rows and the grand total.</summary>
internal sealed record PostgresRun(
    double CopySeconds, double AnalyzeSeconds, double QuerySeconds, int Groups, decimal TotalKgCo2e, IReadOnlyDictionary<string, decimal> ByGasKg)
{
    public double TotalSeconds => CopySeconds + AnalyzeSeconds + QuerySeconds;
}
