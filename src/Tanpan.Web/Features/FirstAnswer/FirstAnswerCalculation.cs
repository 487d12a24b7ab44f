using Tanpan.Core.CarbonFee;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// A first answer: the plan's sources and entries as the inventory would store them (same source type, material, unit,
/// year and month), calculated in memory by the inventory's own <see cref="ResultsCalculation.Run"/> with the default
/// factor and GWP sets the new inventory year is pinned to — so the answer equals the inventory's results for the
/// same figures — plus the share of each source and the rough outlooks.
/// </summary>
internal static class FirstAnswerCalculation
{
    /// <summary>The data source recorded on each entry (seed 001's 財務單據: the bills the figures were read from).</summary>
    public const string DataSource = "財務單據";

    public static (FirstAnswerResult? Result, FieldErrors Errors) Run(FirstAnswerPlan plan, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (setId, gwpId) = (FactorLibrary.DefaultSetId, FactorLibrary.DefaultGwpId);
        var facilityId = Guid.NewGuid();
        var facilities = new Dictionary<Guid, string> { [facilityId] = plan.FacilityName };
        var sources = new Dictionary<Guid, EmissionSource>();
        var planned = new Dictionary<Guid, PlannedSource>();
        var entries = new List<ActivityEntry>();
        foreach (var p in plan.Sources)
        {
            var source = new EmissionSource
            {
                Id = Guid.NewGuid(), FacilityId = facilityId, Process = p.Name, SourceType = p.Type, MaterialKey = p.MaterialKey,
                Category = SourceTypes.Category(p.Type), Gases = "",
            };
            (sources[source.Id], planned[source.Id]) = (source, p);
            entries.AddRange(p.Entries.Select(e => new ActivityEntry
            {
                Id = Guid.NewGuid(), EmissionSourceId = source.Id, Year = plan.Year, Month = e.Month, Amount = e.Amount, Unit = p.Unit, DataSourceMethod = DataSource,
            }));
        }

        var run = ResultsCalculation.Run(entries, sources, facilities, setId, gwpId, library);
        var errors = new FieldErrors();
        if (run.Result is not { } result)
        {
            foreach (var issue in run.Issues)
            {
                errors.Add(issue.SourceId is Guid id ? planned[id].Field : FirstAnswerPlan.FormField, issue.MessageZh, issue.MessageEn);
            }

            return (null, errors);
        }

        var total = result.Total;
        var lines = result.Rows
            .GroupBy(row => run.Records.EntryAt(row.Row.Line)!.EmissionSourceId)
            .Select(g =>
            {
                var p = planned[g.Key];
                var kg = g.Sum(r => r.Total.Kilograms);
                var amount = p.Entries.Sum(e => e.Amount);
                var factor = g.First().Factor;
                return new FirstAnswerSource(p.Field, p.Name, p.MaterialKey, p.Type, amount, p.Unit, Co2e.FromKilograms(kg),
                    total.Kilograms == 0 ? 0m : kg / total.Kilograms, amount == 0 ? null : kg / amount, factor.Id, factor.Year);
            })
            .OrderByDescending(s => s.Emissions.Kilograms).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var set = library.FindSet(setId)!.Info;
        var fee = FirstAnswerOutlook.Fee(total.Tonnes, plan.Year);
        var electricity = FirstAnswerOutlook.Electricity(plan.Sources.FirstOrDefault(s => s.Type == SourceType.Electricity));
        return (new FirstAnswerResult(plan.Year, total, result.ByScope.GetValueOrDefault(1), result.ByScope.GetValueOrDefault(2), lines,
            set, gwpId, fee, electricity), errors);
    }
}

/// <summary>
/// The answer: total and scope 1 / scope 2 (t CO₂e), the sources largest first with their share, the factor set it used
/// (title, version) and GWP set, the carbon-fee estimate and the electricity cost.
/// </summary>
public sealed record FirstAnswerResult(
    int Year, Co2e Total, Co2e Scope1, Co2e Scope2, IReadOnlyList<FirstAnswerSource> Sources, FactorSetInfo FactorSet, string GwpSetId,
    CarbonFeeEstimate Fee, ElectricityCost? Electricity);

/// <summary>
/// One source of the answer: the amount typed (sum of its entries, in <see cref="Unit"/>), its emissions, its share of
/// the total (0–1), kg CO₂e per unit (null for a zero amount), and the factor's id and year (the grid factor's year).
/// </summary>
public sealed record FirstAnswerSource(
    string Field, string Name, string MaterialKey, SourceType Type, decimal Amount, string Unit, Co2e Emissions, decimal Share, decimal? KgPerUnit,
    string FactorId, int? FactorYear);
