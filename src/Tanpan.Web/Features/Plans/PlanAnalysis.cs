using Tanpan.Core.CarbonFee;
using Tanpan.Core.Reduction;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Core.Units;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans;

/// <summary>What a plan shows besides its measures: abatement curve, pathway, carbon-fee outlook and verified savings (docs/plans-and-targets.md).</summary>
public sealed class PlanAnalysis(InventoryEmissions emissions)
{
    public static AbatementCurveResponse Curve(PlanView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var placed = view.Measures.Where(m => m.Result is { CostSavedNtd: not null } r && r.Co2e > Co2e.Zero).ToList();
        var points = AbatementCurve.Build(placed.Select(m => new AbatementInput(m.Measure.Id.ToString(), m.Label, m.Result!.Co2e,
            m.Result.NetInvestmentNtd, m.Result.CostSavedNtd!.Value, m.Measure.LifetimeYears, view.Plan.DiscountRate)));
        return new AbatementCurveResponse(points.Select(AbatementBar.From).ToList(), view.Measures.Except(placed).Select(m => m.Measure.Id).ToList());
    }

    public static IReadOnlyList<PathwayYear> Pathway(PlanView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var plan = view.Plan;
        return Core.Reduction.Planning.Pathway.Build(view.BaseInventory.Year, view.BaseEmissions, plan.EndYear, plan.GrowthPercent,
            view.Measures.Where(m => m.Result is not null).Select(m => new PathwayMeasure(m.Measure.Id.ToString(), m.Measure.StartYear, m.Result!.Co2e)));
    }

    /// <summary>The fee per pathway year with and without the plan; <paramref name="offsetsPerYearT"/> (≥ 0) deducted every year in both.</summary>
    public static CarbonFeeOutlookResponse CarbonFee(PlanView view, decimal offsetsPerYearT = 0m)
    {
        ArgumentNullException.ThrowIfNull(view);
        var years = FeeOutlook.Build(Pathway(view), view.Plan.HighLeakage, offsetsPerYear: Co2e.FromTonnes(offsetsPerYearT)).Select(y => new FeeYearResponse(
            y.Year, y.WithoutPlanEmissions.Tonnes, y.WithPlanEmissions.Tonnes, y.WithoutPlan?.ChargeableT, y.WithPlanGeneral?.ChargeableT,
            y.WithoutPlan?.Fee.BaseValue, y.WithPlanGeneral?.Fee.BaseValue, y.WithPlanA?.Fee.BaseValue, y.WithPlanB?.Fee.BaseValue, y.SavedAtGeneralNtd,
            y.Problems.Select(p => $"{p.MessageZh} {p.MessageEn}").ToList())).ToList();
        return new CarbonFeeOutlookResponse(CarbonFeeParameters.Shipped.Version, view.Plan.HighLeakage, offsetsPerYearT, years);
    }

    /// <summary>
    /// Each implemented measure against every inventory of a later year than it was implemented: the emissions of the
    /// materials it changes (plan scopes and facility), normalised by output, versus the base inventory.
    /// </summary>
    public async Task<IReadOnlyList<VerifiedSavingResponse>> VerifiedSavingsAsync(PlanView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var done = view.Measures.Where(m => m.Measure.ImplementedOn is not null && m.Result is not null)
            .Select(m => (View: m, Materials: Materials(m.Result!))).ToList();
        if (done.Count == 0)
        {
            return [];
        }

        var heads = await emissions.HeadsAsync(cancellationToken);
        var answer = new List<VerifiedSavingResponse>();
        foreach (var (measure, materials) in done)
        {
            var implemented = measure.Measure.ImplementedOn!.Value;
            var checks = new List<SavingCheckResponse>();
            var baseEmissions = await emissions.EmissionsAsync(view.BaseInventory, PlanService.PlanScopes, view.FacilityName, materials, cancellationToken);
            foreach (var later in heads.Where(h => h.Year > implemented.Year && h.Year > view.BaseInventory.Year))
            {
                if (baseEmissions is { } b && await emissions.EmissionsAsync(later, PlanService.PlanScopes, view.FacilityName, materials, cancellationToken) is { } laterEmissions)
                {
                    checks.Add(SavingCheckResponse.From(SavingCheck.Compare(later.Year, measure.Result!.Co2e, b, view.BaseInventory.OutputQuantity, laterEmissions,
                        later.OutputQuantity)));
                }
            }

            var shared = done.Where(d => d.View != measure && d.Materials.Intersect(materials).Any()).Select(d => d.View.Measure.Id).ToList();
            answer.Add(new VerifiedSavingResponse(measure.Measure.Id, measure.Measure.Kind, measure.Measure.Label, implemented, measure.Result!.Co2e.Tonnes,
                materials, shared, checks));
        }

        return answer;
    }

    private static List<string> Materials(MeasureResult result) =>
        result.Savings.Select(s => Carriers.MaterialKey(s.Carrier)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
}
