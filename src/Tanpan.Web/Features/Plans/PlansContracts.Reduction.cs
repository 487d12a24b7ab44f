using Tanpan.Core.Reduction;
using Tanpan.Core.Reduction.Planning;

namespace Tanpan.Web.Features.Plans;

// The wire shapes of the Core reduction results: Core counts CO₂e as Co2e (kilograms inside), the API shows tonnes
// (t CO₂e) under the names it has always had (co2eT, annualCo2eT, fromT, …), so clients see the same JSON.

/// <summary>One carrier's yearly saving (quantity in the carrier's unit, t CO₂e, factor, NT$).</summary>
public sealed record PlanCarrierSaving(Carrier Carrier, decimal Quantity, decimal Co2eT, string FactorId, decimal KgCo2ePerUnit, decimal? PriceNtdPerUnit, decimal? CostNtd)
{
    public static PlanCarrierSaving From(CarrierSaving s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Carrier, s.Quantity, s.Co2e.Tonnes, s.FactorId, s.KgCo2ePerUnit, s.PriceNtdPerUnit, s.CostNtd);
    }
}

/// <summary>One bar of the abatement curve: t CO₂e a year, CRF, NT$ a year, NT$/t CO₂e, and the bar's span in t CO₂e a year.</summary>
public sealed record AbatementBar(
    string Id, string Label, decimal AnnualCo2eT, decimal CapitalRecoveryFactor, decimal AnnualisedCostNtd, decimal CostPerTNtd, decimal FromT, decimal ToT)
{
    public static AbatementBar From(AbatementPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Label, p.Annual.Tonnes, p.CapitalRecoveryFactor, p.AnnualisedCostNtd, p.CostPerTNtd, p.From.Tonnes, p.To.Tonnes);
    }
}

/// <summary>One pathway year in t CO₂e: business as usual, saved by the measures, with the plan.</summary>
public sealed record PathwayYearResponse(int Year, decimal BusinessAsUsualT, decimal SavedT, decimal PlanT)
{
    public static IReadOnlyList<PathwayYearResponse> From(IEnumerable<PathwayYear> years) =>
        [.. years.Select(y => new PathwayYearResponse(y.Year, y.BusinessAsUsual.Tonnes, y.Saved.Tonnes, y.Plan.Tonnes))];
}

/// <summary>A measure's projected saving against a later inventory, in t CO₂e (see <see cref="SavingCheck"/>).</summary>
public sealed record SavingCheckResponse(
    int Year, decimal ProjectedT, decimal BaseT, decimal LaterT, decimal? OutputRatio, decimal ExpectedT, decimal ObservedT, decimal? Ratio)
{
    public static SavingCheckResponse From(SavingCheck c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Year, c.Projected.Tonnes, c.Base.Tonnes, c.Later.Tonnes, c.OutputRatio, c.Expected.Tonnes, c.Observed.Tonnes, c.Ratio);
    }
}
