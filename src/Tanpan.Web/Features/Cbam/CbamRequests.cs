namespace Tanpan.Web.Features.Cbam;

/// <summary>An installation as typed: the facility it is (part of), its name for the EU importer, UN/LOCODE and English address.</summary>
public sealed record InstallationRequest(Guid? FacilityId, string? Name, string? UnLocode, string? AddressEn, int? RowVersion = null);

/// <summary>
/// A good as typed: CN code, route, reporting year, activity level (t), the attributed direct emissions as a share of the
/// facility's direct emissions or as tonnes, the Eq. 55 corrections (t CO2e), the indirect share, and the tonnes exported to the EU.
/// </summary>
public sealed record GoodRequest(string? CnCode, string? Route, int? Year, decimal? ActivityLevelT, decimal? DirectSharePct, decimal? DirectEmissionsT,
    decimal? IndirectSharePct, decimal? ExportedT, int? RowVersion = null)
{
    public decimal? HeatImportT { get; init; }

    public decimal? HeatExportT { get; init; }

    public decimal? WasteGasImportT { get; init; }

    public decimal? WasteGasExportT { get; init; }

    public decimal? ElectricityProducedT { get; init; }
}

/// <summary>A precursor line as typed: CN code, tonnes consumed, where its embedded emissions come from and their values.</summary>
public sealed record PrecursorRequest(string? CnCode, decimal? MassT, string? Source, Guid? OwnGoodId, decimal? SeeDirect, decimal? SeeIndirect,
    string? Supplier, string? Evidence = null);

/// <summary>Where a precursor's specific embedded emissions come from (IR (EU) 2025/2547 Annex II: actual values or defaults).</summary>
public static class PrecursorSources
{
    /// <summary>A good of this organisation (its SEE as computed here).</summary>
    public const string Own = "own";

    /// <summary>The supplier's actual values, typed or read from its communication template.</summary>
    public const string Supplier = "supplier";

    /// <summary>A supplier's PACT footprint converted to t CO2e per t.</summary>
    public const string Pact = "pact";

    /// <summary>The default value of IR (EU) 2025/2621 for the precursor's CN code, with the year's mark-up.</summary>
    public const string Default = "default";

    public static readonly IReadOnlyList<string> All = [Own, Supplier, Pact, Default];
}
