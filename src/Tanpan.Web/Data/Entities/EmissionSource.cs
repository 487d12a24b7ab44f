using Tanpan.Core.Sources;

namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A row of the emission-source register (定性盤查): where and how a gas is emitted, and its
/// significance score S = R × C × P.
/// </summary>
public sealed class EmissionSource : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid InventoryYearId { get; set; }

    public InventoryYear? InventoryYear { get; set; }

    public Guid FacilityId { get; set; }

    public Facility? Facility { get; set; }

    /// <summary>製程名稱.</summary>
    public string? Process { get; set; }

    /// <summary>設備名稱.</summary>
    public string? Equipment { get; set; }

    /// <summary>設備類型: a refrigerant equipment type (家用冷凍、冷藏裝備) or vehicle technology; picks the leak rate or factor variant.</summary>
    public string? EquipmentType { get; set; }

    public SourceType SourceType { get; set; }

    /// <summary>A material key of <c>Tanpan.Core.Factors.MaterialCatalog</c> (原燃物料).</summary>
    public required string MaterialKey { get; set; }

    /// <summary>ISO 14064-1 category, 1–6.</summary>
    public int Category { get; set; }

    /// <summary>Gas groups emitted, comma-separated <c>GasGroup</c> names (e.g. <c>CO2,CH4,N2O</c>).</summary>
    public required string Gases { get; set; }

    /// <summary>Significance factors (e.g. 1–3 or 1–5 per the organisation's procedure); null until assessed.</summary>
    public int? SignificanceR { get; set; }

    public int? SignificanceC { get; set; }

    public int? SignificanceP { get; set; }

    /// <summary>Significant regardless of the score: required by law or by a customer.</summary>
    public bool RequiredByLawOrCustomer { get; set; }

    /// <summary>S = R × C × P; null while any factor is unset. Not stored.</summary>
    public int? Significance => SignificanceR * SignificanceC * SignificanceP;

    public ICollection<ActivityEntry> Activity { get; } = [];

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
