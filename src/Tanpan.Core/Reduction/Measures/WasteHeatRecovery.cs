namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Waste-heat recovery (廢熱回收), including ORC power generation. Recovered heat Q_th displaces boiler
/// fuel: Q_th × 859.845 / (HV × η); ORC electricity E_e generated and used on site replaces grid kWh.
/// Give either or both.
/// </summary>
public sealed class WasteHeatRecovery : IMeasure
{
    public string Kind => "waste-heat";

    public string NameZh => "廢熱回收（含 ORC 發電）";

    public string NameEn => "Waste-heat recovery (incl. ORC)";

    public string Formula => "fuel saved = Q_th × 859.845 / (HV × η); electricity saved = E_orc";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("heat-kwh", "kWh_th/yr", "年回收熱量（取代鍋爐供熱）", "heat recovered a year, replacing boiler heat", false),
        new("fuel", "carrier", "被取代的鍋爐燃料（有 --heat-kwh 時必填）", "boiler fuel displaced (required with --heat-kwh)", false),
        new("boiler-efficiency", "0–1", "鍋爐效率（有 --heat-kwh 時必填）", "boiler efficiency (required with --heat-kwh)", false),
        new("orc-kwh", "kWh_e/yr", "ORC 年發電量（自用）", "ORC electricity generated and used a year", false),
        HeatValues.Parameter("heat-kcal", "燃料", "fuel"),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var heat = inputs.Number("heat-kwh", false);
        var orc = inputs.Number("orc-kwh", false);
        var fuel = inputs.Carrier("fuel", heat is not null, HeatValues.Fuels);
        var efficiency = inputs.Fraction("boiler-efficiency", heat is not null);
        var hv = heat is null ? null : HeatValues.Read(inputs, context, fuel, "heat-kcal");
        if (heat is null && orc is null && inputs.Problems.Count == 0)
        {
            inputs.Fail("heat-kwh", "請提供 --heat-kwh 或 --orc-kwh", "give --heat-kwh or --orc-kwh");
        }

        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var saved = new Dictionary<Carrier, decimal>();
        if (heat is not null)
        {
            saved[fuel!.Value] = heat.Value * MeasureContext.KcalPerKwh / (hv!.Value * efficiency!.Value);
        }

        if (orc is not null)
        {
            saved[Carrier.Electricity] = orc.Value;
        }

        return new MeasureSavings(saved);
    }
}
