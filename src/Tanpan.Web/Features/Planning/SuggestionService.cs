using Tanpan.Core.Reduction;
using Tanpan.Web.Features.Inventories;

namespace Tanpan.Web.Features.Planning;

/// <summary>
/// Hotspot-driven suggestions: the inventory's largest sources from its results (<see cref="InventoryResultsService"/>),
/// each with the measures of <see cref="SuggestionRules"/>, similar cases from the library (same measure) and the
/// savings range = the source's emissions and energy × the rule's low and high share; NT$ = the energy range × the
/// lowest and highest NT$ per kWh that the library's electricity cases imply (yearly savings ÷ kWh saved).
/// </summary>
public sealed class SuggestionService(InventoryResultsService results, CaseChecks cases)
{
    /// <summary>At most this many sources are suggested for (the largest).</summary>
    public const int MaxSources = 5;

    /// <summary>The suggestions, null when the inventory is not found; an empty list of sources when it has no results yet.</summary>
    public async Task<SuggestionsOutcome?> GetAsync(Guid inventoryId, CancellationToken cancellationToken)
    {
        if (await results.GetAsync(inventoryId, cancellationToken) is not { } outcome)
        {
            return null;
        }

        if (outcome.Results.Summary is not { } summary)
        {
            return new SuggestionsOutcome(null, outcome.Results.Issues);
        }

        var top = summary.Sources.Where(s => s.Kilograms > 0m).Take(MaxSources).ToList();
        var ids = top.Select(s => s.SourceId).ToHashSet();
        var energy = outcome.Results.Rows().Where(r => ids.Contains(r.SourceId)).GroupBy(r => r.SourceId)
            .ToDictionary(g => g.Key, g => (Amount: g.Sum(r => r.ConvertedAmount), Unit: g.First().ConvertedUnit));
        var kwhPrices = KwhPrices();
        var sources = top.Select(s =>
        {
            var (amount, unit) = energy.GetValueOrDefault(s.SourceId, (0m, ""));
            var tonnes = s.Kilograms / 1000m;
            var measures = SuggestionRules.For(s.MaterialKey, s.SourceType).Select(rule =>
            {
                var measure = MeasureCatalog.Find(rule.Measure)!;
                var (low, high) = (amount * rule.LowShare, amount * rule.HighShare);
                var priced = unit == "kWh" && kwhPrices.Count > 0;
                return new MeasureSuggestion(rule.Measure, measure.NameZh, measure.NameEn, rule.LowShare, rule.HighShare,
                    tonnes * rule.LowShare, tonnes * rule.HighShare, low, high,
                    priced ? low * kwhPrices.Min() : null, priced ? high * kwhPrices.Max() : null,
                    [.. CaseChecks.Library.Search(measure: rule.Measure).Select(c => c.Id)]);
            }).ToList();
            return new SourceSuggestions(s.SourceId, s.Facility, s.Process, s.Equipment, s.MaterialKey, s.MaterialName, s.SourceType, s.Scope,
                tonnes, summary.TotalKilograms == 0m ? 0m : s.Kilograms / summary.TotalKilograms * 100m, amount, unit, measures);
        }).ToList();
        return new SuggestionsOutcome(new SuggestionsResponse(outcome.Inventory.Id, outcome.Inventory.Year, summary.TotalTonnes, sources), []);
    }

    /// <summary>NT$ per kWh implied by the library's electricity cases that print both yearly savings and kWh (load shifting excluded).</summary>
    private List<decimal> KwhPrices() =>
        [.. CaseChecks.Library.Cases.Where(c => c.Measure != "load-shift")
            .SelectMany(c => cases.Checks(c)).Where(k => k.Kind == "ntd-per-kwh").Select(k => k.Recomputed)];
}

/// <summary>The suggestions, or (when some entry cannot be calculated) the issues instead.</summary>
public sealed record SuggestionsOutcome(SuggestionsResponse? Suggestions, IReadOnlyList<EntryIssue> Issues);
