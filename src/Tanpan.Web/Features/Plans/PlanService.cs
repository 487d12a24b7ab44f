using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans;

/// <summary>
/// The one place plans are read, checked and evaluated, for the API and the pages: a measure's inputs go through
/// <see cref="MeasureCalculator"/> with the base inventory's factor set, GWP set and (when shipped) grid year.
/// </summary>
public sealed class PlanService(AppDbContext db, InventoryEmissions emissions, FactorLibrary library, TenantContext tenant)
{
    internal static readonly int[] PlanScopes = [1, 2];

    public AppDbContext Db => db;

    /// <summary>Verifiers (limited to one inventory) see no plans or targets.</summary>
    public bool CanRead => tenant.Role is not MembershipRole.Verifier;

    public bool CanWrite => tenant.CanWrite();

    public async Task<PlanView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.ReductionPlans.AsNoTracking().Include(p => p.Measures).SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return null;
        }

        var head = (await emissions.HeadsAsync(cancellationToken)).Single(h => h.Id == plan.BaseInventoryYearId);
        var facility = plan.FacilityId is Guid f ? await db.Facilities.Where(x => x.Id == f).Select(x => x.Name).SingleAsync(cancellationToken) : null;
        var baseEmissions = await emissions.EmissionsAsync(head, PlanScopes, facility, null, cancellationToken);
        var measures = plan.Measures.OrderBy(m => m.StartYear).ThenBy(m => m.Id).Select(m => Evaluate(m, plan, head)).ToList();
        return new PlanView(plan, head, facility, baseEmissions ?? Co2e.Zero, baseEmissions is not null, measures);
    }

    public MeasureView Evaluate(PlanMeasure measure, ReductionPlan plan, InventoryHead head)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var parameters = Parse(measure.ParametersJson);
        var outcome = MeasureCalculator.Evaluate(measure.Kind, parameters, Options(plan, head, measure.LifetimeYears), Context);
        return new MeasureView(measure, parameters, outcome.Result, outcome.Problems.Select(p => $"{p.MessageZh} {p.MessageEn}").ToList());
    }

    /// <summary>The measure's evaluation, or its input problems as field errors (<c>kind</c>, <c>lifetimeYears</c>, <c>parameters.{key}</c>).</summary>
    internal MeasureOutcome Check(string kind, IReadOnlyDictionary<string, string> parameters, ReductionPlan plan, InventoryHead head, int lifetime, FieldErrors errors)
    {
        var outcome = MeasureCalculator.Evaluate(kind, parameters, Options(plan, head, lifetime), Context);
        foreach (var problem in outcome.Problems)
        {
            var field = problem.Column switch
            {
                "measure" => "kind",
                "lifetime" => "lifetimeYears",
                _ => $"parameters.{problem.Column}",
            };
            errors.Add(field, problem.MessageZh, problem.MessageEn);
        }

        return outcome;
    }

    private MeasureContext Context => new(library, TariffLibrary.Shipped);

    private MeasureOptions Options(ReductionPlan plan, InventoryHead head, int lifetime) => new(
        head.FactorSetId, head.GwpSetId, library.GridFactors.ContainsKey(head.Year) ? head.Year : null, plan.DiscountRate, lifetime);

    internal static Dictionary<string, string> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    internal static string Json(IReadOnlyDictionary<string, string> parameters) =>
        JsonSerializer.Serialize(parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key.Trim(), p => p.Value.Trim()));
}
