using Tanpan.Web.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>Seed 001's example table (the same rows as <c>samples/seed001-example-2021.csv</c>), and entering it through the API.</summary>
internal static class Seed001Example
{
    /// <summary>Seed 001's table: process, equipment, type, material, amount, unit, equipment type.</summary>
    public static readonly (string Process, string Equipment, string Type, string Material, decimal Amount, string Unit, string? EquipmentType)[] Rows =
    [
        ("塗裝作業乾燥設備", "乾燥爐", "固定燃燒", "天然氣", 54_835_200m, "立方公尺", null),
        ("員工宿舍", "熱水器", "固定燃燒", "天然氣", 3_882m, "立方公尺", null),
        ("緊急發電機", "發電機", "固定燃燒", "柴油", 56m, "公升", null),
        ("租賃汽車", "公務車", "移動燃燒", "汽油", 1_850m, "公升", null),
        ("化糞池", "化糞池", "逸散", "員工工時", 25_660m, "小時", null),
        ("滅火器", "CO2滅火器", "逸散", "CO2", 0m, "公斤", null),
        ("飲水機/冰箱之冷媒", "冰箱", "逸散", "R-134a", 0.9m, "公斤", "家用冷凍、冷藏裝備"),
        ("製程及公用動力", null!, "外購電力", "外購電力", 8_967_500m, "度", null),
    ];

    /// <summary>A facility 示範工廠, a 2021 inventory and one source with one yearly entry per row, all through the API.</summary>
    public static async Task<(Guid InventoryId, List<Guid> SourceIds, List<Guid> EntryIds)> EnterAsync(InventoryWorld world, int year = 2021)
    {
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(year);
        var (sources, entries) = (new List<Guid>(), new List<Guid>());
        foreach (var row in Rows)
        {
            var source = await world.CreateSourceAsync(inventory.Id, new
            {
                facilityId = facility.Id, process = row.Process, equipment = row.Equipment, sourceType = row.Type, material = row.Material,
                equipmentType = row.EquipmentType,
            });
            sources.Add(source.Id);
            entries.Add((await world.CreateActivityAsync(inventory.Id, source.Id, new { year, amount = row.Amount, unit = row.Unit })).Id);
        }

        return (inventory.Id, sources, entries);
    }
}
