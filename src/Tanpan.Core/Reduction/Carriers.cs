namespace Tanpan.Core.Reduction;

/// <summary>Keys, units and material keys of each <see cref="Carrier"/>.</summary>
public static class Carriers
{
    public static IReadOnlyList<Carrier> All { get; } = Enum.GetValues<Carrier>();

    /// <summary>The key used on the command line and in JSON, e.g. <c>natural-gas</c>.</summary>
    public static string Key(Carrier carrier) => carrier switch
    {
        Carrier.Electricity => "electricity",
        Carrier.NaturalGas => "natural-gas",
        Carrier.FuelOil => "fuel-oil",
        Carrier.Diesel => "diesel",
        Carrier.Lpg => "lpg",
        Carrier.Coal => "coal",
        _ => "biomass",
    };

    public static string Unit(Carrier carrier) => carrier switch
    {
        Carrier.Electricity => "kWh",
        Carrier.NaturalGas => "m3",
        Carrier.FuelOil or Carrier.Diesel or Carrier.Lpg => "L",
        _ => "kg",
    };

    /// <summary>The material key in the factor sets, or null for biomass.</summary>
    public static string? MaterialKey(Carrier carrier) => carrier switch
    {
        Carrier.Electricity => "electricity",
        Carrier.NaturalGas => "natural_gas",
        Carrier.FuelOil => "fuel_oil",
        Carrier.Diesel => "diesel",
        Carrier.Lpg => "lpg",
        Carrier.Coal => "fuel_coal",
        _ => null,
    };

    public static Carrier? Parse(string? text) =>
        All.Cast<Carrier?>().FirstOrDefault(c => string.Equals(Key(c!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The keys, comma separated, for messages.</summary>
    public static string Keys(IEnumerable<Carrier> carriers) => string.Join(", ", carriers.Select(Key));
}
