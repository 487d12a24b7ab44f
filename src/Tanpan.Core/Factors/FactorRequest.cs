using Tanpan.Core.Sources;

namespace Tanpan.Core.Factors;

/// <summary>What a row asks of the factor library.</summary>
/// <param name="Material">The material of the row.</param>
/// <param name="SourceType">Its source type.</param>
/// <param name="Year">Activity year (AD).</param>
/// <param name="EquipmentType">The equipment_type text as typed, if any.</param>
public sealed record FactorRequest(Material Material, SourceType SourceType, int Year, string? EquipmentType);
