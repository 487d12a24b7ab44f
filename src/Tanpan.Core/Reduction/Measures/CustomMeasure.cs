namespace Tanpan.Core.Reduction.Measures;

/// <summary>A custom measure (自訂措施): the user gives the yearly savings per carrier (negative for more use).</summary>
public sealed class CustomMeasure : IMeasure
{
    public string Kind => "custom";

    public string NameZh => "自訂措施";

    public string NameEn => "Custom measure";

    public string Formula => "saved = as given per carrier";

    public IReadOnlyList<MeasureParameter> Parameters { get; } = Carriers.All
        .Select(c => new MeasureParameter(Carriers.Key(c), Carriers.Unit(c) + "/yr", $"{Carriers.Key(c)} 年節省量（可為負）", $"yearly {Carriers.Key(c)} saved (negative for more use)", false))
        .ToList();

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var saved = new Dictionary<Carrier, decimal>();
        foreach (var carrier in Carriers.All)
        {
            if (inputs.Number(Carriers.Key(carrier), false, decimal.MinValue) is { } value)
            {
                saved[carrier] = value;
            }
        }

        if (saved.Count == 0 && inputs.Problems.Count == 0)
        {
            inputs.Fail("electricity", $"請至少提供一種能源的節省量（{Carriers.Keys(Carriers.All)}）", $"give the savings of at least one carrier ({Carriers.Keys(Carriers.All)})");
        }

        return inputs.Problems.Count > 0 ? null : new MeasureSavings(saved);
    }
}
