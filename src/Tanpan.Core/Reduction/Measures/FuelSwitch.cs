namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Fuel switch (燃料轉換): the same useful heat from another fuel. Q = q₁ × HV₁ × η₁;
/// q₂ = Q / (HV₂ × η₂); saved: +q₁ of the old fuel, −q₂ of the new. Heat values in kcal per unit.
/// </summary>
public sealed class FuelSwitch : IMeasure
{
    private static readonly Carrier[] From = [Carrier.Coal, Carrier.FuelOil, Carrier.Diesel, Carrier.Lpg];
    private static readonly Carrier[] To = [Carrier.NaturalGas, Carrier.Biomass, Carrier.Lpg];

    public string Kind => "fuel-switch";

    public string NameZh => "燃料轉換";

    public string NameEn => "Fuel switch";

    public string Formula => "q2 = q1 × HV1 × η1 / (HV2 × η2); saved = +q1 (from), −q2 (to)";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("from", "coal|fuel-oil|diesel|lpg", "原燃料", "fuel replaced"),
        new("to", "natural-gas|biomass|lpg", "新燃料", "new fuel"),
        new("quantity", "unit/yr", "原燃料年用量（煤 kg、油 L）", "yearly use of the old fuel (coal kg, oils L)"),
        new("efficiency-before", "0–1", "原鍋爐效率", "old boiler efficiency"),
        new("efficiency-after", "0–1", "新鍋爐效率", "new boiler efficiency"),
        HeatValues.Parameter("from-heat-kcal", "原燃料", "old fuel"),
        HeatValues.Parameter("to-heat-kcal", "新燃料", "new fuel"),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var from = inputs.Carrier("from", true, From);
        var to = inputs.Carrier("to", true, To);
        var quantity = inputs.Number("quantity", true);
        var before = inputs.Fraction("efficiency-before", true);
        var after = inputs.Fraction("efficiency-after", true);
        var hvFrom = HeatValues.Read(inputs, context, from, "from-heat-kcal");
        var hvTo = HeatValues.Read(inputs, context, to, "to-heat-kcal");
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var usefulKcal = quantity!.Value * hvFrom!.Value * before!.Value;
        var newQuantity = usefulKcal / (hvTo!.Value * after!.Value);
        return new MeasureSavings(new Dictionary<Carrier, decimal> { [from!.Value] = quantity.Value, [to!.Value] = -newQuantity });
    }
}
