using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Sources;

namespace Tanpan.Bench.WebBench;

/// <summary>The kinds of source the seeded inventories cycle through (seed 001's mix), resolved against the shipped factors as the API would.</summary>
internal sealed record SourceTemplate(string Process, string SourceType, string MaterialKey, int Category, string Gases, string Unit, string? EquipmentType, decimal MonthlyAmount)
{
    private static readonly (string Process, string Type, string Material, string Unit, string? EquipmentType, decimal Monthly)[] Kinds =
    [
        ("製程及公用動力", "外購電力", "外購電力", "度", null, 250_000m),
        ("鍋爐", "固定燃燒", "天然氣", "立方公尺", null, 40_000m),
        ("緊急發電機", "固定燃燒", "柴油", "公升", null, 60m),
        ("公務車", "移動燃燒", "汽油", "公升", null, 400m),
        ("堆高機", "移動燃燒", "柴油", "公升", null, 300m),
        ("化糞池", "逸散", "員工工時", "小時", null, 20_000m),
        ("冰箱冷媒", "逸散", "R-134a", "公斤", "家用冷凍、冷藏裝備", 0.1m),
    ];

    /// <summary>Every kind, checked: each must have a factor in the set for every year, else the seed would make 422s.</summary>
    public static List<SourceTemplate> Resolve(FactorLibrary library, IEnumerable<int> years)
    {
        var set = library.FindSet(FactorLibrary.DefaultSetId)!;
        var templates = new List<SourceTemplate>();
        foreach (var kind in Kinds)
        {
            var material = library.Materials.Find(kind.Material) ?? throw new InvalidOperationException($"no material {kind.Material}");
            var type = SourceTypes.Parse(kind.Type) ?? throw new InvalidOperationException($"no source type {kind.Type}");
            EmissionFactor? factor = null;
            foreach (var year in years)
            {
                var resolution = library.Resolve(new FactorRequest(material, type, year, kind.EquipmentType), set, []);
                factor = resolution.Factor ?? throw new InvalidOperationException($"{kind.Material} {year}: {resolution.Problem?.MessageEn}");
            }

            var gases = string.Join(",", factor!.Gases.Select(g => GasSpecies.GroupOf(g.Species)?.ToString() ?? g.Species).Distinct());
            templates.Add(new(kind.Process, type.ToString(), material.Key, SourceTypes.Category(type), gases, kind.Unit, kind.EquipmentType, kind.Monthly));
        }

        return templates;
    }
}
