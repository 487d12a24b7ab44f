namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One amount of activity data (定量盤查) of a source: a month's bill or a year's total, with the unit
/// exactly as typed. <see cref="InventoryYearId"/> repeats the source's inventory; the foreign key
/// (organisation, inventory, source) makes the database keep the three consistent.
/// </summary>
/// <remarks>
/// On SQLite <see cref="Amount"/> is stored as TEXT, so SQL ORDER BY or SUM over it is wrong there:
/// load the amounts and add them in C# (decimal), as the calculation does anyway.
/// </remarks>
public sealed class ActivityEntry : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid InventoryYearId { get; set; }

    public Guid EmissionSourceId { get; set; }

    public EmissionSource? EmissionSource { get; set; }

    public int Year { get; set; }

    /// <summary>1–12, or null for a yearly total.</summary>
    public int? Month { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The unit as typed (度, 千度, 公秉 …); resolved by <c>Tanpan.Core.Units.UnitResolver</c>.</summary>
    public required string Unit { get; set; }

    /// <summary>數據來源: how the amount was obtained (電費單, 油單, 流量計 …).</summary>
    public string? DataSourceMethod { get; set; }

    /// <summary>NT$ paid, when the amount was estimated from a receipt without a quantity (採購金額回推用量); null otherwise.</summary>
    public decimal? AmountPaidNtd { get; set; }

    /// <summary>NT$ per <see cref="Unit"/> used for the estimate: <see cref="Amount"/> = <see cref="AmountPaidNtd"/> ÷ this. Null with <see cref="AmountPaidNtd"/>.</summary>
    public decimal? UnitPriceNtd { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// The meter whose monthly total this entry is (<c>Features.Meters.Activity.MeterActivitySync</c>), or null for an entry
    /// typed by hand or imported. The sync finds its entry by this key, never by the note; the foreign key carries the
    /// organisation, so it cannot name another tenant's meter. Deleting the meter sets it null and keeps the entry;
    /// moving the entry to another month makes it the user's (null).
    /// </summary>
    public Guid? MeterId { get; set; }

    /// <summary>
    /// Why this amount is kept although its period overlaps another entry of the same source (two meters on one account,
    /// a correction bill …); null when it overlaps nothing. An overlap without a reason is refused or offered as a choice
    /// (<c>Tanpan.Core.Inventory.PeriodOverlaps</c>); with one, both are counted and the reminder still lists the months.
    /// </summary>
    public string? OverlapReason { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
