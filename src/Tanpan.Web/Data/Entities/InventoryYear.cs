namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One reporting year of an organisation's inventory. It pins the factor set and GWP set it is
/// calculated with (ids of <c>Tanpan.Core.Factors.FactorLibrary</c>), so a newly published set never
/// changes its result.
/// </summary>
public sealed class InventoryYear : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public BoundaryApproach Boundary { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>A <c>FactorSet.Id</c>, e.g. <c>moenv-6.0.4</c>.</summary>
    public required string FactorSetId { get; set; }

    /// <summary>A GWP set id, e.g. <c>AR5</c>.</summary>
    public required string GwpSetId { get; set; }

    public bool IsBaseYear { get; set; }

    /// <summary>When the inventory was locked (after verification); null while open.</summary>
    public DateTimeOffset? LockedAt { get; set; }

    /// <summary>Who locked it. A plain id, not a foreign key: history outlives accounts.</summary>
    public Guid? LockedByUserId { get; set; }

    /// <summary>Why it was last unlocked; required by the unlock action.</summary>
    public string? UnlockReason { get; set; }

    /// <summary>The year's output (產量) in <see cref="OutputUnit"/>, for the intensity per unit of output; null when not given.</summary>
    public decimal? OutputQuantity { get; set; }

    /// <summary>The unit of <see cref="OutputQuantity"/> as the organisation writes it (公噸, 件, m² …).</summary>
    public string? OutputUnit { get; set; }

    /// <summary>The year's revenue in NT$, for the intensity per NT$ million; null when not given.</summary>
    public decimal? RevenueNtd { get; set; }

    /// <summary>
    /// A new value at every save that changes the inventory, its sources or their activity (set by
    /// <see cref="Data.AppDbContext"/>, so no handler can forget it); cached results are keyed by it.
    /// A fresh random value rather than a counter: two concurrent saves can never leave the same value behind.
    /// </summary>
    public Guid Revision { get; set; }

    public ICollection<EmissionSource> Sources { get; } = [];

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
