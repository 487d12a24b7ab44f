using System.Text.RegularExpressions;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;

namespace Tanpan.Web.Features.Planning;

/// <summary>The measure catalog as the API and the pages show it: Core's <see cref="MeasureCatalog"/> with labels, units and defaults.</summary>
public static partial class MeasureCatalogInfo
{
    /// <summary>The valuation options every measure takes (request properties of <see cref="EvaluateMeasureRequest"/>).</summary>
    public static IReadOnlyList<MeasureInput> Options { get; } =
    [
        new("discountRate", "0–1", "折現率（預設 0.05）", "discount rate (default 0.05)", false, "0.05"),
        new("lifetimeYears", "years", $"使用年限（1–{MeasureCalculator.MaxLifetimeYears}，預設 10）",
            $"lifetime ({"1–"}{MeasureCalculator.MaxLifetimeYears}, default 10)", false, "10"),
        new("factorSetId", "id", $"燃料係數集（預設 {FactorLibrary.DefaultSetId}；有盤查時用其鎖定的係數集）",
            $"fuel factor set (default {FactorLibrary.DefaultSetId}; an inventory's pinned set when one is chosen)", false, FactorLibrary.DefaultSetId),
        new("gwpSetId", "id", $"GWP 版本（預設 {FactorLibrary.DefaultGwpId}）", $"GWP set (default {FactorLibrary.DefaultGwpId})", false, FactorLibrary.DefaultGwpId),
        new("gridYear", "year", "電力排碳係數年度（預設最新；有盤查時用其年度）", "grid-factor year (default the latest; an inventory's year when one is chosen)", false, null),
    ];

    public static IReadOnlyList<MeasureInfo> All { get; } = [.. MeasureCatalog.All.Select(Of)];

    public static MeasureInfo? Find(string? id) => All.FirstOrDefault(m => string.Equals(m.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static MeasureInfo Of(IMeasure m) => new(
        m.Kind, m.NameZh, m.NameEn, m.Formula,
        [.. m.Parameters.Concat(MeasureCalculator.CommonParameters).Select(p => new MeasureInput(p.Key, p.Unit, p.DescriptionZh, p.DescriptionEn, p.Required, Default(p)))],
        Options);

    /// <summary>The default a parameter's description documents ("default 0.97", "預設 0"), else null.</summary>
    private static string? Default(MeasureParameter p) =>
        DefaultPattern().Match(p.DescriptionEn) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"default:? ([^,;)]+)")]
    private static partial Regex DefaultPattern();
}
