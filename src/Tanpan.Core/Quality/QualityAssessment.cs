using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Quality;

/// <summary>
/// Data-quality grades and 95 % uncertainty of a whole inventory: per source (<see cref="Sources"/>, largest first),
/// the inventory grade (Σ gradeᵢ × Eᵢ / ΣE, MOENV 清冊等級總評分) and the total's relative bounds
/// (√Σ(Uᵢ·Eᵢ)² / ΣE on each side: IPCC 2006 Vol. 1 Ch. 3, Approach 1, equation 3.1).
/// Needs the row traces (<see cref="InventoryOptions.KeepRows"/>).
/// </summary>
public sealed record QualityAssessment(IReadOnlyList<SourceQuality> Sources, Co2e Total, decimal WeightedGrade, Bounds Uncertainty)
{
    public static QualityAssessment Of(InventoryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Rows.Count != result.RowCount)
        {
            throw new ArgumentException("Data quality needs every row's trace: calculate with KeepRows.", nameof(result));
        }

        var sources = result.Rows
            .GroupBy(r => (r.Row.Facility, Source: r.Row.Source ?? r.Row.Equipment ?? r.Row.Process ?? "", r.Row.Material.Key, r.Row.SourceType))
            .Select(Assess)
            .OrderByDescending(s => s.Total)
            .ThenBy(s => s.Facility, StringComparer.Ordinal).ThenBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.MaterialKey, StringComparer.Ordinal)
            .ToList();
        return From(sources);
    }

    /// <summary>The inventory figures from per-source assessments.</summary>
    public static QualityAssessment From(IReadOnlyList<SourceQuality> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var total = sources.Sum(s => s.Total.Kilograms);
        var grade = total == 0 ? 0 : sources.Sum(s => s.Grade * s.Total.Kilograms) / total;
        double lower = 0, upper = 0;
        foreach (var s in sources)
        {
            var e = (double)s.Total.Kilograms;
            lower += Math.Pow(s.Uncertainty.Lower * e, 2);
            upper += Math.Pow(s.Uncertainty.Upper * e, 2);
        }

        var t = (double)total;
        var bounds = t > 0 ? new Bounds(Math.Sqrt(lower) / t, Math.Sqrt(upper) / t) : default;
        return new QualityAssessment(sources, Co2e.FromKilograms(total), grade, bounds);
    }

    private static SourceQuality Assess(IGrouping<(string Facility, string Source, string Material, SourceType Type), RowResult> rows)
    {
        var first = rows.First();
        var method = DataSourceMethods.Worst(rows.Select(r => r.Row.DataSource));
        var factorLevel = rows.Max(r => QualityGrading.FactorLevel(r.Factor.Origin));
        var factor = rows.OrderBy(r => QualityGrading.FactorLevel(r.Factor.Origin)).Last().Factor;
        var total = rows.Sum(r => r.Total.Kilograms);
        double aLow = 0, aUp = 0, fLow = 0, fUp = 0;
        foreach (var r in rows)
        {
            var m = DataSourceMethods.Match(r.Row.DataSource);
            var f = FactorBounds.Of(r);
            var e = (double)r.Total.Kilograms;
            (aLow, aUp, fLow, fUp) = (aLow + ((double)m.ActivityLower * e), aUp + ((double)m.ActivityUpper * e), fLow + (f.Lower * e), fUp + (f.Upper * e));
        }

        var t = (double)total;
        var activity = t > 0 ? new Bounds(aLow / t, aUp / t) : new Bounds((double)method.ActivityLower, (double)method.ActivityUpper);
        var factorBounds = t > 0 ? new Bounds(fLow / t, fUp / t) : FactorBounds.Of(first);
        return new SourceQuality(rows.Key.Facility, rows.Key.Source, rows.Key.Material, first.Row.Material.NameZh, rows.Key.Type,
            Co2e.FromKilograms(total), method, factor, factorLevel, activity, factorBounds, rows.Select(r => r.Row.Line).ToList());
    }
}
