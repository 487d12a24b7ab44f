using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Text;

namespace Tanpan.Core.Quality;

/// <summary>
/// The 95 % bounds of a factor's gases: those of the factor set where it has them (MOENV 6.0.4 and,
/// by the same IPCC defaults, MOENV 2024; grid factors ±7 %), else the first matching default of
/// <c>data/quality/factor-bound-defaults.csv</c> by factor-id prefix. A refrigerant charge entered
/// with an equipment type adds the leak rate's IPCC range around the midpoint used.
/// </summary>
public static class FactorBounds
{
    private static readonly List<(string Prefix, Bounds Bounds)> Defaults = LoadDefaults();

    public static Bounds Of(EmissionFactor factor, GasFactor gas)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(gas);
        if (gas.LowerBound is { } lower && gas.UpperBound is { } upper)
        {
            return new Bounds((double)lower, (double)upper);
        }

        return Defaults.First(d => factor.Id.StartsWith(d.Prefix, StringComparison.Ordinal)).Bounds;
    }

    /// <summary>The leak rate's range as fractions of the rate used (0.1–0.5 % around 0.3 % → −66.7 %/+66.7 %); zero without equipment.</summary>
    public static Bounds LeakRate(EquipmentType? equipment)
    {
        if (equipment is null || equipment.LeakRatePercent <= 0)
        {
            return default;
        }

        var parts = equipment.IpccRangePercent.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return default;
        }

        var low = double.Parse(parts[0], CultureInfo.InvariantCulture);
        var high = double.Parse(parts[1], CultureInfo.InvariantCulture);
        var mid = (double)equipment.LeakRatePercent;
        return new Bounds(Math.Max(0, (mid - low) / mid), Math.Max(0, (high - mid) / mid));
    }

    /// <summary>
    /// A row's factor-side bounds relative to its CO₂e: gases independent, √Σ(uᵍ·Eᵍ)² / E, combined with the
    /// leak-rate range. For a zero-emission row the largest gas bound stands in (its absolute bound is zero anyway).
    /// </summary>
    public static Bounds Of(RowResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var total = (double)row.Total.Kilograms;
        double lower = 0, upper = 0, maxLower = 0, maxUpper = 0;
        foreach (var emission in row.Gases)
        {
            var gas = row.Factor.Gases.FirstOrDefault(g => g.Species == emission.Species)
                ?? row.Factor.PerTerajoule?.FirstOrDefault(g => g.Species == emission.Species)
                ?? new GasFactor(emission.Species, emission.KgPerUnit);
            var b = Of(row.Factor, gas);
            var e = (double)emission.Co2e.Kilograms;
            lower += b.Lower * e * b.Lower * e;
            upper += b.Upper * e * b.Upper * e;
            maxLower = Math.Max(maxLower, b.Lower);
            maxUpper = Math.Max(maxUpper, b.Upper);
        }

        var gases = total > 0 ? new Bounds(Math.Sqrt(lower) / total, Math.Sqrt(upper) / total) : new Bounds(maxLower, maxUpper);
        return gases.Combine(LeakRate(row.Equipment));
    }

    private static List<(string, Bounds)> LoadDefaults()
    {
        var t = ReferenceCsv.Load("quality/factor-bound-defaults.csv");
        return t.Rows.Select(r => (t.Text(r, "factor_prefix"), new Bounds((double)t.Number(r, "lower"), (double)t.Number(r, "upper")))).ToList();
    }
}
