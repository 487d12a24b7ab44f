namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Heat pump for process hot water (熱泵取代鍋爐供熱水): Q kWh_th a year. fuel saved = Q × 859.845 / (HV × η_boiler);
/// electricity used = Q / COP (a negative saving).
/// </summary>
public sealed class HeatPump : IMeasure
{
    public string Kind => "heat-pump";

    public string NameZh => "熱泵製程熱水";

    public string NameEn => "Heat pump for process hot water";

    public string Formula => "fuel saved = Q × 859.845 / (HV × η); electricity = −Q / COP";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("heat-kwh", "kWh_th/yr", "年熱水熱需求", "yearly hot-water heat demand"),
        new("fuel", "carrier", "原鍋爐燃料", "boiler fuel replaced"),
        new("boiler-efficiency", "0–1", "原鍋爐效率", "boiler efficiency"),
        new("cop", "—", "熱泵 COP", "heat-pump COP"),
        HeatValues.Parameter("heat-kcal", "燃料", "fuel"),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var heat = inputs.Number("heat-kwh", true);
        var fuel = inputs.Carrier("fuel", true, HeatValues.Fuels);
        var efficiency = inputs.Fraction("boiler-efficiency", true);
        var cop = inputs.Number("cop", true, 1m, 10m);
        var hv = HeatValues.Read(inputs, context, fuel, "heat-kcal");
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var fuelSaved = heat!.Value * MeasureContext.KcalPerKwh / (hv!.Value * efficiency!.Value);
        return new MeasureSavings(new Dictionary<Carrier, decimal> { [fuel!.Value] = fuelSaved, [Carrier.Electricity] = -heat.Value / cop!.Value });
    }
}
