using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Documents.Inventories;

/// <summary>
/// How the documents name a factor, its unit and its source for a reader: the official document's name (and date or
/// number where the data has them) in the document's language, never a data-file path, a repository or a key such as
/// <c>natural_gas</c> (issue 15 item 5). The shipped data keeps its own provenance notes (data/factors/README.md);
/// a factor the organisation or a supplier entered is cited as they wrote it.
/// </summary>
public static class FactorCitation
{
    /// <summary>The factor by what it is for: material and source type ("天然氣（固定燃燒）", "natural gas (stationary)").</summary>
    public static string Label(EmissionFactor factor, Material material, bool english)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(material);
        var (name, type) = english ? (material.NameEn, SourceTypes.Key(factor.SourceType)) : (material.NameZh, SourceTypes.NameZh(factor.SourceType));
        return name.Contains(type, StringComparison.OrdinalIgnoreCase) ? name : english ? $"{name} ({type})" : $"{name}（{type}）";
    }

    /// <summary>The official source: MOENV tables and announcements, the Energy Administration's grid factor of the year.</summary>
    public static string Source(EmissionFactor factor, bool english)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return Of(factor.SetId, factor.Year, factor.Source, english);
    }

    /// <summary>The factor set as a whole (sheet 1): its official source, not the data's transcription note.</summary>
    public static string SetSource(FactorSetInfo set, bool english)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Of(set.Id, null, set.Source, english);
    }

    private static string Of(string setId, int? factorYear, string own, bool english)
    {
        var year = factorYear?.ToString(CultureInfo.InvariantCulture);
        return setId switch
        {
            "tw-grid" => english ? $"Energy Administration (MOEA): electricity emission factor of {year}" : $"經濟部能源署公告 {year} 年度電力排碳係數",
            "moenv-6.0.4" or "moenv-other" => english
                ? "EPA Taiwan (now MOENV): GHG emission factor management table, version 6.0.4"
                : "行政院環境保護署（現環境部）溫室氣體排放係數管理表 6.0.4 版",
            "moenv-2024" => english
                ? "MOENV announcement of 5 February 2024 (No. 1139101231), annex 1; heat values: Energy Administration table of energy product heat values (from 2024)"
                : "環境部 113 年 2 月 5 日環部授氣字第 1139101231 號公告溫室氣體排放係數附表一；熱值：經濟部能源署能源產品單位熱值表（自 113 年起）",
            "refrigerants" => english
                ? "component mass fractions of ASHRAE Standard 34; IPCC 2006 Guidelines, volume 3, chapter 7"
                : "冷媒成分質量比例：ASHRAE 34 標準；IPCC 2006 年國家溫室氣體清冊指南第 3 冊第 7 章",
            _ => own,
        };
    }

    /// <summary>A unit in words: its Chinese name, or in English its key with spaces ("person hour").</summary>
    public static string Unit(Unit unit, bool english)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return english ? unit.Key.Replace('_', ' ') : unit.NameZh;
    }
}
