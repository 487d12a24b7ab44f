namespace Tanpan.Bench.InventoryRollup;

/// <summary>Finds the repository's data/factors, the CSVs Tanpan.Core embeds, so the PostgreSQL reference prices rows from the same numbers.</summary>
internal static class FactorData
{
    private const string Marker = "moenv-6.0.4/fuel-combustion.csv";

    public static string FindDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "factors");
                if (File.Exists(Path.Combine(candidate, Marker)))
                {
                    return candidate;
                }
            }
        }

        throw new ArgumentException("data/factors not found above the working directory; pass --factors DIR");
    }
}
