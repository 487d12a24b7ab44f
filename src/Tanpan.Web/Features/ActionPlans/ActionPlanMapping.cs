using Tanpan.Core.ActionPlans;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ActionPlans;

/// <summary>Stored rows ↔ the Core plan. Amounts are stored in the seed's units (萬元, 萬公噸, 百萬公噸 CO2e), years Gregorian.</summary>
internal static class ActionPlanMapping
{
    public static ActionPlan ToCore(SectorActionPlan plan, IEnumerable<SectorPlanPolicy> policies, IEnumerable<SectorPlanMeasure> measures,
        IEnumerable<SectorPlanEmission> emissions, IEnumerable<SectorPlanIntensity> intensity) =>
        new(plan.Year, plan.Sector,
            [.. policies.Select(p => new PolicyArea(p.Code, p.Name, Money(p.PlannedBudgetTenThousandNtd), p.BudgetPeriod))],
            [.. measures.Select(ToCore)],
            [.. emissions.Select(e => new SectorEmissions(e.Year, ActionPlanUnits.FromMillionTonnes(e.TargetMillionTonnes), ActionPlanUnits.FromMillionTonnes(e.EmissionsMillionTonnes)))],
            [.. intensity.Select(i => new IntensityIndicator(i.Year, i.BaseYear, i.TargetReductionPercent, i.AchievedReductionPercent))]);

    public static ActionMeasure ToCore(SectorPlanMeasure m) =>
        new(m.Number, m.Name, m.PolicyCode, ActionPlanTerms.ParseKind(m.Kind) ?? MeasureKind.CapacityBuilding, m.Agency, m.Unit, m.CoAgency, m.Period,
            m.Expected, m.Result, ActionPlanTerms.ParseStatus(m.Status) ?? MeasureStatus.NotAssessed, Money(m.BudgetTenThousandNtd), m.BudgetSource,
            Money(m.PrivateInvestmentTenThousandNtd), m.ReductionTenThousandTonnes is { } r ? ActionPlanUnits.FromTenThousandTonnes(r) : null,
            m.ReductionBasis, m.People, m.Sessions);

    /// <summary>The rows of a plan read from a file, for plan <paramref name="planId"/>.</summary>
    public static IEnumerable<object> Rows(Guid planId, ActionPlan plan)
    {
        foreach (var (p, i) in plan.Policies.Select((p, i) => (p, i)))
        {
            yield return new SectorPlanPolicy
            {
                Id = Guid.CreateVersion7(), PlanId = planId, Position = i, Code = p.Code, Name = p.Name, BudgetPeriod = p.BudgetPeriod,
                PlannedBudgetTenThousandNtd = p.PlannedBudget is { } b ? ActionPlanUnits.InTenThousandDollars(b) : null,
            };
        }

        foreach (var (m, i) in plan.Measures.Select((m, i) => (m, i)))
        {
            yield return new SectorPlanMeasure
            {
                Id = Guid.CreateVersion7(), PlanId = planId, Position = i, Number = m.Number, Name = m.Name, PolicyCode = m.PolicyCode,
                Kind = ActionPlanTerms.En(m.Kind), Agency = m.Agency, Unit = m.Unit, CoAgency = m.CoAgency, Period = m.Period, Expected = m.Expected,
                Result = m.Result, Status = ActionPlanTerms.En(m.Status), BudgetSource = m.BudgetSource, ReductionBasis = m.ReductionBasis,
                BudgetTenThousandNtd = m.Budget is { } b ? ActionPlanUnits.InTenThousandDollars(b) : null,
                PrivateInvestmentTenThousandNtd = m.PrivateInvestment is { } p ? ActionPlanUnits.InTenThousandDollars(p) : null,
                ReductionTenThousandTonnes = m.Reduction is { } r ? ActionPlanUnits.InTenThousandTonnes(r) : null,
                People = m.People, Sessions = m.Sessions,
            };
        }

        foreach (var e in plan.Emissions)
        {
            yield return new SectorPlanEmission
            {
                Id = Guid.CreateVersion7(), PlanId = planId, Year = e.Year,
                TargetMillionTonnes = ActionPlanUnits.InMillionTonnes(e.Target), EmissionsMillionTonnes = ActionPlanUnits.InMillionTonnes(e.Emissions),
            };
        }

        foreach (var x in plan.Intensity)
        {
            yield return new SectorPlanIntensity
            {
                Id = Guid.CreateVersion7(), PlanId = planId, Year = x.Year, BaseYear = x.BaseYear,
                TargetReductionPercent = x.TargetReductionPercent, AchievedReductionPercent = x.AchievedReductionPercent,
            };
        }
    }

    private static Tanpan.Core.Units.Quantity<Tanpan.Core.Units.Money>? Money(decimal? tenThousands) =>
        tenThousands is { } v ? ActionPlanUnits.FromTenThousandDollars(v) : null;
}
