using Tanpan.Core.Text;

namespace Tanpan.Core.Units;

/// <summary>
/// The units Tanpan understands, with the spellings found on Taiwanese bills (度, 千度, 公升, 公秉,
/// 立方公尺, 千立方公尺, 公斤, 公噸 …). Conversions are exact: 1 kcal = 4.1868 kJ (IT calorie, as the
/// MOENV 113 inventory guidance uses), 1 kWh = 3.6 MJ.
/// </summary>
public static class Units
{
    public static readonly Unit Kilogram = new("kg", Dimension.Mass, 1m, "公斤");
    public static readonly Unit Gram = new("g", Dimension.Mass, 0.001m, "公克");
    public static readonly Unit Tonne = new("t", Dimension.Mass, 1000m, "公噸");
    public static readonly Unit Litre = new("L", Dimension.Volume, 0.001m, "公升");
    public static readonly Unit Kilolitre = new("kL", Dimension.Volume, 1m, "公秉");
    public static readonly Unit CubicMetre = new("m3", Dimension.Volume, 1m, "立方公尺");
    public static readonly Unit ThousandCubicMetres = new("1000m3", Dimension.Volume, 1000m, "千立方公尺");
    public static readonly Unit Megajoule = new("MJ", Dimension.Energy, 1m, "百萬焦耳");
    public static readonly Unit Gigajoule = new("GJ", Dimension.Energy, 1000m, "十億焦耳");
    public static readonly Unit Terajoule = new("TJ", Dimension.Energy, 1_000_000m, "兆焦耳");
    public static readonly Unit KilowattHour = new("kWh", Dimension.Energy, 3.6m, "度");
    public static readonly Unit MegawattHour = new("MWh", Dimension.Energy, 3600m, "千度");
    public static readonly Unit GigawattHour = new("GWh", Dimension.Energy, 3_600_000m, "百萬度");
    public static readonly Unit Kilocalorie = new("kcal", Dimension.Energy, 0.0041868m, "千卡");
    public static readonly Unit PersonHour = new("person_hour", Dimension.LaborTime, 1m, "人時");
    public static readonly Unit NewTaiwanDollar = new("NTD", Dimension.Money, 1m, "新臺幣元");

    private static readonly Dictionary<string, Unit> Spellings = BuildSpellings();

    /// <summary>Every unit, in a stable order.</summary>
    public static IReadOnlyList<Unit> All { get; } =
    [
        Kilogram, Gram, Tonne, Litre, Kilolitre, CubicMetre, ThousandCubicMetres, Megajoule, Gigajoule, Terajoule,
        KilowattHour, MegawattHour, GigawattHour, Kilocalorie, PersonHour, NewTaiwanDollar,
    ];

    /// <summary>
    /// Finds a unit by any accepted spelling (case, width and spacing are ignored). <c>度</c> is not
    /// accepted here because its meaning depends on the material; see <see cref="UnitResolver"/>.
    /// </summary>
    public static Unit? Find(string? text) =>
        text is not null && Spellings.TryGetValue(TextKey.Normalize(text), out var unit) ? unit : null;

    private static Dictionary<string, Unit> BuildSpellings()
    {
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal);
        void Add(Unit unit, params string[] spellings)
        {
            map[TextKey.Normalize(unit.Key)] = unit;
            map[TextKey.Normalize(unit.NameZh)] = unit;
            foreach (var s in spellings)
            {
                map[TextKey.Normalize(s)] = unit;
            }
        }

        Add(Kilogram, "kgs", "kilogram", "kilograms", "公斤(kg)", "千克");
        Add(Gram, "gram", "grams", "克");
        Add(Tonne, "噸", "公噸(t)", "tonne", "tonnes", "ton", "tons", "mt", "metric ton");
        Add(Litre, "l", "liter", "litre", "liters", "litres", "公升(L)", "升");
        Add(Kilolitre, "kl", "千公升", "公秉(kL)", "cubic metre of liquid");
        Add(CubicMetre, "m³", "m^3", "立方米", "cubic metre", "cubic meter", "cbm", "nm3", "立方公尺(m3)");
        Add(ThousandCubicMetres, "千立方公尺", "千m3", "千m³", "1000 m3", "thousand m3", "km3", "千立方米");
        Add(Megajoule, "megajoule");
        Add(Gigajoule, "gigajoule");
        Add(Terajoule, "terajoule");
        Add(KilowattHour, "kwh", "kilowatt hour", "kilowatt-hour", "瓩時");
        Add(MegawattHour, "mwh", "megawatt hour", "千瓩時");
        Add(GigawattHour, "gwh", "百萬瓩時");
        Add(Kilocalorie, "kcal", "大卡", "kilocalorie");
        Add(PersonHour, "人時", "小時", "工時", "hour", "hours", "hr", "hrs", "h", "person-hour", "person-hours", "person hours");
        Add(NewTaiwanDollar, "元", "NT$", "NTD", "TWD", "新台幣", "新臺幣", "新台幣元");

        // 度 and 千度 mean kWh and MWh for electricity but m³ and 1000 m³ on a gas bill: resolved per material.
        map.Remove(TextKey.Normalize("度"));
        map.Remove(TextKey.Normalize("千度"));
        map.Remove(TextKey.Normalize("百萬度"));
        return map;
    }
}
