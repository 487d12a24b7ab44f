using System.Globalization;

namespace Tanpan.Documents.Cbam.Workbook;

/// <summary>
/// What the writer refuses (<see cref="ArgumentException"/>): more rows than the template has, duplicate or unknown
/// keys, negative quantities, an activity level that is not above zero, a CN code that is not 4, 6 or 8 digits, a
/// period that ends before it starts, and a precursor loop (a process that, through its precursors, consumes itself:
/// its SEE would depend on itself and the workbook's formulas would be circular).
/// </summary>
internal static class CbamChecks
{
    public static void Check(CbamCommunication c, Dictionary<string, int> processes, Dictionary<string, int> purchased)
    {
        ArgumentNullException.ThrowIfNull(c.Installation);
        Require(!string.IsNullOrWhiteSpace(c.Installation.Name), "the installation needs its English name (A_InstData I20)");
        Require(c.PeriodEnd >= c.PeriodStart, $"the reporting period ends ({c.PeriodEnd:yyyy-MM-dd}) before it starts ({c.PeriodStart:yyyy-MM-dd})");
        Require(c.Installation.Latitude is null or >= -90m and <= 90m, "latitude must lie between -90 and 90 degrees");
        Require(c.Installation.Longitude is null or >= -180m and <= 180m, "longitude must lie between -180 and 180 degrees");
        Limit(c.SourceStreams.Count, CbamFigures.MaxSources, "source streams (B_EmInst rows 17-91)");
        Limit(c.Processes.Count, CbamFigures.MaxProcesses, "production processes (P1-P10)");
        Limit(c.PurchasedPrecursors.Count, CbamFigures.MaxPurchased, "purchased precursors (PP1-PP20)");
        Limit(c.Products.Count, CbamFigures.MaxProducts, "products (Summary_Products rows 10-109)");
        Require(c.Processes.Select(p => p.GoodsCategory).Distinct(StringComparer.Ordinal).Count() <= 10,
            "the template lists at most 10 aggregated goods categories (A_InstData G1-G10)");
        Require((c.IndirectEmissionsTonnes ?? 0m) >= 0m, "indirect emissions cannot be negative");

        foreach (var s in c.SourceStreams)
        {
            Require(!string.IsNullOrWhiteSpace(s.Name), "a source stream needs a name");
            NotNegative(s.ActivityData, $"activity data of '{s.Name}'");
            NotNegative(s.EmissionFactor, $"emission factor of '{s.Name}'");
            Require(s.Method != CbamSourceMethod.Combustion || s.NetCalorificValue is >= 0m, $"combustion source '{s.Name}' needs a net calorific value");
        }

        for (var i = 0; i < c.Processes.Count; i++)
        {
            var p = c.Processes[i];
            Category(p.GoodsCategory, p.Route, p.Name);
            Require(processes.TryAdd(p.Key, i + 1), $"process key '{p.Key}' is used twice");
            Require(p.ActivityLevel > 0m, $"process '{p.Name}' needs an activity level above 0 (the SEE divides by it)");
            NotNegative(p.DirectEmissions, $"directly attributable emissions of '{p.Name}'");
            NotNegative(p.ProducedForMarket ?? 0m, $"production for the market of '{p.Name}'");
            if (p.Heat is { } h)
            {
                NotNegative(Math.Min(Math.Min(h.ImportedTj, h.ExportedTj), Math.Min(h.ImportFactor, h.ExportFactor)), $"heat of '{p.Name}'");
            }

            NotNegative(Math.Min(p.WasteGas?.ImportedTj ?? 0m, p.WasteGas?.ExportedTj ?? 0m), $"waste gas of '{p.Name}'");
            NotNegative(Math.Min(p.Electricity?.ConsumedMwh ?? 0m, p.Electricity?.Factor ?? 0m), $"electricity of '{p.Name}'");
            NotNegative(Math.Min(p.ElectricityExport?.ExportedMwh ?? 0m, p.ElectricityExport?.Factor ?? 0m), $"exported electricity of '{p.Name}'");
        }

        for (var i = 0; i < c.PurchasedPrecursors.Count; i++)
        {
            var pp = c.PurchasedPrecursors[i];
            Category(pp.GoodsCategory, pp.Route, pp.Name);
            Require(!processes.ContainsKey(pp.Key) && purchased.TryAdd(pp.Key, i + 1), $"precursor key '{pp.Key}' is used twice");
            NotNegative(pp.PurchasedTonnes, $"purchased tonnes of '{pp.Name}'");
            NotNegative(pp.SeeDirect, $"SEE (direct) of '{pp.Name}'");
            NotNegative(Math.Min(pp.SpecificElectricityMwhPerTonne ?? 0m, pp.ElectricityFactor ?? 0m), $"electricity of '{pp.Name}'");
            Require(pp.CountryCode is { Length: 2 } && pp.CountryCode.All(char.IsAsciiLetterUpper), $"'{pp.Name}' needs a two-letter country code");
        }

        foreach (var p in c.Processes)
        {
            foreach (var use in p.Precursors)
            {
                Require(use.PrecursorKey != p.Key, $"process '{p.Name}' cannot consume its own output (a precursor loop)");
                Require(processes.ContainsKey(use.PrecursorKey) || purchased.ContainsKey(use.PrecursorKey),
                    $"process '{p.Name}' consumes unknown precursor '{use.PrecursorKey}'");
                Require(use.Tonnes > 0m, $"process '{p.Name}' must consume more than 0 t of '{use.PrecursorKey}'");
            }

            Require(p.Precursors.Select(u => u.PrecursorKey).Distinct(StringComparer.Ordinal).Count() == p.Precursors.Count,
                $"process '{p.Name}' lists a precursor twice");
        }

        var allNames = c.Processes.Select(p => p.Name).Concat(c.PurchasedPrecursors.Select(pp => pp.Name)).ToList();
        Require(allNames.TrueForAll(n => !string.IsNullOrWhiteSpace(n)), "every process and purchased precursor needs a name");
        Require(allNames.Distinct(StringComparer.OrdinalIgnoreCase).Count() == allNames.Count,
            "process and purchased precursor names must differ (the template looks them up by name; CONST_ERR_Duplicate)");

        foreach (var product in c.Products)
        {
            Require(processes.ContainsKey(product.ProcessKey), $"product '{product.ProductName}' names unknown process '{product.ProcessKey}'");
            Require(product.CnCode is { Length: 4 or 6 or 8 } && product.CnCode.All(char.IsAsciiDigit),
                $"CN code '{product.CnCode}' must be 4, 6 or 8 digits");
        }
    }

    /// <summary>Process numbers in an order where every process comes after the processes it consumes; a loop is refused.</summary>
    public static List<int> Order(IReadOnlyList<CbamProcess> processes, Dictionary<string, int> numbers)
    {
        var order = new List<int>();
        var state = new int[processes.Count + 1];
        void Visit(int n, List<string> path)
        {
            if (state[n] == 2)
            {
                return;
            }

            var p = processes[n - 1];
            Require(state[n] != 1, $"precursor loop: {string.Join(" → ", path.Append(p.Name))}");
            state[n] = 1;
            foreach (var use in p.Precursors.Where(u => numbers.ContainsKey(u.PrecursorKey)))
            {
                Visit(numbers[use.PrecursorKey], [.. path, p.Name]);
            }

            state[n] = 2;
            order.Add(n);
        }

        for (var n = 1; n <= processes.Count; n++)
        {
            Visit(n, []);
        }

        return order;
    }

    /// <summary>The category must be one of the template's, and the route one of the category's (or none).</summary>
    private static void Category(string name, string? route, string owner)
    {
        var category = CbamTemplateCategories.Find(name);
        Require(category is not null, $"'{owner}': '{name}' is not one of the template's aggregated goods categories");
        Require(route is null || category!.Routes.Contains(route, StringComparer.Ordinal),
            $"'{owner}': '{route}' is not a production route of '{name}'");
    }

    private static void Limit(int count, int max, string what) =>
        Require(count <= max, string.Create(CultureInfo.InvariantCulture, $"the template holds at most {max} {what}; got {count}"));

    private static void NotNegative(decimal value, string what) => Require(value >= 0m, $"{what} cannot be negative");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
