using Tanpan.Core.Inventory;
using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// One recorded allocation (ISO 14067:2018 §6.4.6; ISO 14044:2006 §4.3.4.2): which part of a facility's emissions went
/// to a product, by which key, as <see cref="Numerator"/> ÷ <see cref="Denominator"/> of <see cref="Pool"/>, over the
/// reference period, and why. For <see cref="AllocationKey.Direct"/> the numerator and denominator are the assigned rows'
/// CO₂e and the facility's production total (kg), and <see cref="Pool"/> is the assigned rows' CO₂e itself.
/// </summary>
/// <param name="Facility">The facility.</param>
/// <param name="ProductCode">The product receiving the share.</param>
/// <param name="Key">The allocation key.</param>
/// <param name="KeyName">What the numerator and denominator measure, e.g. "kg", "NTD", "machine hours", "kg CO2e".</param>
/// <param name="Numerator">The product's value of the key.</param>
/// <param name="Denominator">The sum of the key over every product sharing the pool.</param>
/// <param name="Pool">The emissions being shared (direct rows, or the facility's rest after direct assignment).</param>
/// <param name="Allocated">The CO₂e this allocation gives the product; per facility these sum exactly to the facility total.</param>
/// <param name="PeriodStart">Reference period start (inclusive).</param>
/// <param name="PeriodEnd">Reference period end (exclusive, as PACT's <c>referencePeriodEnd</c>).</param>
/// <param name="Reason">Why this key was used, in words a verifier can follow.</param>
public sealed record Allocation(
    string Facility,
    string ProductCode,
    AllocationKey Key,
    string KeyName,
    decimal Numerator,
    decimal Denominator,
    Co2e Pool,
    Co2e Allocated,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Reason)
{
    /// <summary>The share Numerator ÷ Denominator (1 for direct assignment).</summary>
    public decimal Share => Key == AllocationKey.Direct ? 1m : Denominator == 0 ? 0 : Numerator / Denominator;

    /// <summary>True when this product took the rounding remainder of its facility (docs/product-footprints.md).</summary>
    public bool TookRemainder { get; init; }

    /// <summary>The inventory rows in <see cref="Pool"/>; each contributes its total × <see cref="Share"/>.</summary>
    public IReadOnlyList<RowResult> Rows { get; init; } = [];

    /// <summary>Each row's allocated share (trace lines), computed on demand.</summary>
    public IEnumerable<AllocatedRow> RowTrace() =>
        Rows.Select(r => new AllocatedRow(r.Row.Line, r.Row.Facility, r.Row.Process ?? r.Row.Source, r.Row.Material.Key, r.Total, Key, Share, r.Total * Share));
}
