using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Tariffs;

namespace Tanpan.Core.Reduction;

/// <summary>Reference data a measure may read: factor library (heat values) and tariff plans.</summary>
public sealed record MeasureContext(FactorLibrary Factors, TariffLibrary Tariffs)
{
    /// <summary>The heat-value set used for useful-heat balances: the Energy Administration's net (LHV) values from 2024.</summary>
    public const string HeatValueSetId = "moenv-2024";

    /// <summary>kcal per kWh (1 kWh = 3.6 MJ = 859.845 kcal, IT calorie).</summary>
    public const decimal KcalPerKwh = 859.845m;

    public static MeasureContext Shipped { get; } = new(FactorLibrary.Shipped, TariffLibrary.Shipped);

    /// <summary>
    /// Net heat value in kcal per native unit: <paramref name="given"/> when the user typed one, else
    /// the shipped value (electricity 859.845 kcal/kWh); null when none is known (coal, biomass).
    /// </summary>
    public decimal? HeatValueKcal(Carrier carrier, decimal? given)
    {
        if (given is not null)
        {
            return given;
        }

        if (carrier == Carrier.Electricity)
        {
            return KcalPerKwh;
        }

        var key = Carriers.MaterialKey(carrier);
        return key is null ? null : Factors.FindSet(HeatValueSetId)?.Find(key, SourceType.Stationary)?.HeatValueKcal;
    }
}
