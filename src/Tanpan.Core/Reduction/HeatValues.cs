namespace Tanpan.Core.Reduction;

/// <summary>Reads a fuel's heat value (kcal per native unit) for a useful-heat balance, or records why there is none.</summary>
internal static class HeatValues
{
    public static readonly Carrier[] Fuels = [Carrier.Coal, Carrier.FuelOil, Carrier.Diesel, Carrier.Lpg, Carrier.NaturalGas, Carrier.Biomass];

    public static decimal? Read(MeasureInputs inputs, MeasureContext context, Carrier? fuel, string key)
    {
        var given = inputs.Number(key, required: false, minExclusive: true);
        if (fuel is null)
        {
            return null;
        }

        var value = context.HeatValueKcal(fuel.Value, given);
        if (value is null && !inputs.Problems.Any(p => p.Column == key))
        {
            inputs.Fail(key, $"{Carriers.Key(fuel.Value)} 沒有內建熱值，請以 --{key} 提供（kcal/{Carriers.Unit(fuel.Value)}）",
                $"no shipped heat value for {Carriers.Key(fuel.Value)}; give --{key} (kcal per {Carriers.Unit(fuel.Value)})");
        }

        return value;
    }

    public static MeasureParameter Parameter(string key, string whatZh, string whatEn) =>
        new(key, "kcal/unit", $"{whatZh}熱值（省略時用能源署 113 年起熱值；煤與生質燃料必填）", $"{whatEn} heat value (default: Energy Administration values from 2024; required for coal and biomass)", false);
}
