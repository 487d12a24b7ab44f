namespace Tanpan.Bench.InventoryRollup.Generate;

/// <summary>
/// The mix of a national roll-up: monthly electricity bills for every facility, then fuels and
/// refrigerants. Every spelling resolves under factor set moenv-6.0.4 (度 on a gas bill is m³).
/// </summary>
internal static class RowKinds
{
    public static readonly RowKind Electricity = new(0,
        ["electricity", "electricity", "electricity", "外購電力"],
        ["electricity", "electricity", "電力", "台電", "外購電力", "purchased electricity"],
        [new("kWh", 1, 2), new("kWh", 1, 2), new("kWh", 1, 2), new("度", 1, 1), new("度", 1, 1), new("千度", 1000, 3)],
        20_000, 80_000,
        ["全廠用電", "製程用電", "空調及照明"]);

    public static readonly IReadOnlyList<RowKind> Others =
    [
        new(25, ["stationary", "stationary", "固定燃燒"], ["natural_gas", "天然氣", "天然氣", "natural gas", "NG"],
            [new("m3", 1, 2), new("m3", 1, 2), new("立方公尺", 1, 2), new("度", 1, 1), new("千立方公尺", 1000, 4)], 500, 8_000,
            ["鍋爐", "熱媒鍋爐", "員工宿舍熱水器"]),
        new(14, ["stationary", "stationary", "固定燃燒"], ["diesel", "柴油", "高級柴油"],
            [new("L", 1, 2), new("L", 1, 2), new("公升", 1, 1), new("kL", 1000, 4), new("公秉", 1000, 4)], 50, 2_000,
            ["緊急發電機", "消防泵"]),
        new(14, ["mobile", "mobile", "移動燃燒"], ["diesel", "柴油", "超級柴油"],
            [new("L", 1, 2), new("L", 1, 2), new("公升", 1, 1), new("kL", 1000, 4)], 100, 3_000,
            ["貨車", "堆高機"]),
        new(16, ["mobile", "mobile", "移動燃燒"], ["motor_gasoline", "車用汽油", "汽油", "95無鉛汽油"],
            [new("L", 1, 2), new("L", 1, 2), new("公升", 1, 1)], 50, 1_500,
            ["公務車", "業務車"]),
        new(8, ["stationary", "stationary", "固定燃燒"], ["fuel_oil", "燃料油", "重油"],
            [new("kL", 1000, 3), new("kL", 1000, 3), new("公秉", 1000, 3)], 1_000, 40_000,
            ["鍋爐", "熱媒油加熱爐"]),
        new(8, ["stationary", "stationary", "固定燃燒"], ["lpg", "液化石油氣", "LPG"],
            [new("L", 1, 2), new("L", 1, 2), new("公升", 1, 1)], 20, 800,
            ["員工餐廳", "烘乾爐"]),
        new(3, ["stationary", "固定燃燒"], ["fuel_coal", "燃料煤"],
            [new("t", 1, 3), new("t", 1, 3), new("公噸", 1, 3)], 5, 300,
            ["汽電共生鍋爐"]),
        new(12, ["fugitive", "fugitive", "逸散"], ["R-134a", "R-134a", "HFC-134a"],
            [new("kg", 1, 2), new("kg", 1, 2), new("公斤", 1, 2)], 0.05, 3,
            ["冰水主機", "冷氣機", "冷藏庫"]),
    ];
}
