namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A per-unit value the organisation supplies for a stage after the gate (配送銷售, 使用, 廢棄處理; ISO 14067 §6.3.5),
/// kg CO2e per declared unit, with where it comes from (e.g. a PCR's default transport scenario). Added as given.
/// </summary>
public sealed class ProductStageValue : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProductId { get; set; }

    /// <summary><c>distribution</c>, <c>use</c> or <c>end_of_life</c> (Core's <c>LifeCycleStages.Key</c>).</summary>
    public required string Stage { get; set; }

    public decimal KgCo2ePerUnit { get; set; }

    public required string Source { get; set; }
}
