using Tanpan.Core.Sources;

namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// The lines of the first-answer page: each is one emission source of the inventory it becomes, with its source type,
/// material (a key of <c>data/factors/materials.csv</c>) and the unit printed on its bill. The process names are the
/// source names the inventory keeps.
/// </summary>
internal static class FirstAnswerLines
{
    /// <summary>度 as on Taipower's and the gas company's bills: kWh for electricity, m³ for piped natural gas (Core <c>DuMeaning</c>).</summary>
    public const string GasDu = "度";

    public const string CubicMetre = "立方公尺";

    public static readonly FirstAnswerLine Electricity = new("electricityYear", SourceType.Electricity, "electricity", "度", "外購電力（台電）", "Purchased electricity (Taipower)");

    /// <summary>The fuels, in the page's order; natural gas takes its unit from <see cref="FirstAnswerForm.NaturalGasUnit"/>.</summary>
    public static readonly IReadOnlyList<FirstAnswerLine> Fuels =
    [
        new("dieselVehicles", SourceType.Mobile, "diesel", "公升", "柴油（車輛、堆高機）", "Diesel (vehicles, forklifts)"),
        new("dieselEquipment", SourceType.Stationary, "diesel", "公升", "柴油（發電機、鍋爐）", "Diesel (generators, boilers)"),
        new("gasoline", SourceType.Mobile, "motor_gasoline", "公升", "車用汽油（車輛）", "Petrol (vehicles)"),
        new("naturalGas", SourceType.Stationary, "natural_gas", GasDu, "天然氣（鍋爐、爐具）", "Natural gas (boilers, stoves)"),
        new("lpg", SourceType.Stationary, "lpg", "公升", "液化石油氣（桶裝瓦斯）", "LPG (bottled gas)"),
    ];

    /// <summary>The refrigerants offered (material keys); R-410A, R-32 and R-134a first: the air conditioners and cars of most SMEs.</summary>
    public static readonly IReadOnlyList<string> Refrigerants = ["R-410A", "R-32", "R-134a", "R-404A", "R-407C", "R-507A", "R-125", "R-143a"];

    public static FirstAnswerLine Refrigerant(string key) => new("refrigerant", SourceType.Fugitive, key, "公斤", $"冷媒補充（{key}）", $"Refrigerant refilled ({key})");
}

/// <summary>One line of the page: the form field, the source it becomes, and the unit on the bill.</summary>
internal sealed record FirstAnswerLine(string Field, SourceType Type, string MaterialKey, string Unit, string NameZh, string NameEn);
