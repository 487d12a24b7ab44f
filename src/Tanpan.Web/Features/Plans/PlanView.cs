using Tanpan.Core.Reduction;
using Tanpan.Core.Units;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans;

/// <summary>A plan loaded with its base inventory, its scope 1 + 2 base emissions and its measures evaluated.</summary>
public sealed record PlanView(ReductionPlan Plan, InventoryHead BaseInventory, string? FacilityName, Co2e BaseEmissions, bool BaseComplete,
    IReadOnlyList<MeasureView> Measures);

/// <summary>A measure with its inputs and evaluation (null result with problems when the inputs no longer evaluate).</summary>
public sealed record MeasureView(PlanMeasure Measure, IReadOnlyDictionary<string, string> Parameters, MeasureResult? Result, IReadOnlyList<string> Problems)
{
    public string Label => Measure.Label ?? MeasureCatalog.Find(Measure.Kind)?.NameZh ?? Measure.Kind;
}
