namespace Tanpan.Core.Cbam;

/// <summary>
/// Where a precursor's specific embedded emissions come from: <see cref="Supplier"/>, <see cref="Pact"/>,
/// <see cref="DefaultValue"/> or <see cref="OwnProcess"/>. SEE values are t CO₂e per t of precursor.
/// </summary>
public abstract record CbamPrecursorSource
{
    private protected CbamPrecursorSource()
    {
    }

    /// <summary>Values the supplier communicated (e.g. in the EU communication template): direct and, where known, indirect SEE.</summary>
    public sealed record Supplier(decimal DirectSee, decimal? IndirectSee, string SupplierName, string? Installation = null) : CbamPrecursorSource;

    /// <summary>
    /// A PACT product footprint (kg CO₂e per kg = t per t). Reading: the whole cradle-to-gate PCF (excluding biogenic
    /// uptake) is counted as direct SEE and indirect as 0 — conservative for Annex II goods, since a PCF also holds
    /// the supplier's electricity; docs/cbam.md explains.
    /// </summary>
    public sealed record Pact(decimal KgCo2ePerKg, string FootprintId) : CbamPrecursorSource;

    /// <summary>
    /// The default value of IR (EU) 2025/2621 Annex I for the precursor's CN code and country of origin (only "TW"
    /// shipped), without the declarant's mark-up (reading: the mark-up of Art. 2 applies to the declared good, not to
    /// the precursors inside an operator's calculation).
    /// </summary>
    public sealed record DefaultValue(string Origin = "TW") : CbamPrecursorSource;

    /// <summary>Produced in another process of the same installation: that process's SEE (rolled up; loops are refused).</summary>
    public sealed record OwnProcess(string ProcessId) : CbamPrecursorSource;
}
