namespace Tanpan.Web.Features.Planning;

/// <summary>
/// <c>GET /api/v1/inventories/{id}/suggestions</c>: for the inventory's largest sources (at most
/// <see cref="SuggestionService.MaxSources"/>, largest first), the measures that apply with similar cases and an
/// estimated range of yearly savings.
/// </summary>
public sealed record SuggestionsResponse(Guid InventoryId, int Year, decimal TotalTonnes, IReadOnlyList<SourceSuggestions> Sources);

/// <summary>One source (a register row) with its emissions (t CO₂e), energy in the factor's unit and its share of the total.</summary>
public sealed record SourceSuggestions(
    Guid SourceId, string Facility, string? Process, string? Equipment, string MaterialKey, string MaterialName, string SourceType, int Scope,
    decimal Tonnes, decimal SharePercent, decimal Energy, string EnergyUnit, IReadOnlyList<MeasureSuggestion> Measures);

/// <summary>
/// A measure for a source: the typical share of the source it saves (low–high), the resulting t CO₂e and energy a
/// year, NT$ a year when similar cases give a price for the energy (null otherwise), and the similar cases' ids.
/// </summary>
public sealed record MeasureSuggestion(
    string MeasureId, string NameZh, string NameEn, decimal LowShare, decimal HighShare, decimal LowTonnes, decimal HighTonnes,
    decimal LowEnergy, decimal HighEnergy, decimal? LowNtd, decimal? HighNtd, IReadOnlyList<string> Cases);
