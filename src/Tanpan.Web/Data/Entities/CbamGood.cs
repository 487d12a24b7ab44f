namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One CBAM good (CN code and production route) made at an installation in a reporting year: the production process of
/// IR (EU) 2025/2547 Annex II, its activity level and the emissions attributed to it (Eq. 55), and the tonnes exported to
/// the EU that the cost outlook prices.
/// </summary>
public sealed class CbamGood : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid InstallationId { get; set; }

    /// <summary>The reporting year: the inventory year whose emissions are attributed.</summary>
    public int Year { get; set; }

    /// <summary>The CN code as the data names it (8 digits, or the 10-digit line of the default-value table).</summary>
    public required string CnCode { get; set; }

    /// <summary>The production route letter of the default-value table (e.g. C, L), when the good has several.</summary>
    public string? Route { get; set; }

    /// <summary>Tonnes of the good produced in the year, without off-spec product, by-products, waste and scrap (Annex II F).</summary>
    public decimal ActivityLevelT { get; set; }

    /// <summary>
    /// The share (0–100 %) of the facility's direct emissions (category 1 of the inventory) attributed to this good's
    /// process; null when <see cref="DirectEmissionsT"/> is typed instead.
    /// </summary>
    public decimal? DirectSharePct { get; set; }

    /// <summary>Directly attributed emissions typed as t CO2e, instead of a share of the inventory.</summary>
    public decimal? DirectEmissionsT { get; set; }

    /// <summary>Eq. 55 corrections, t CO2e: measurable heat imported/exported, waste gas imported/exported, electricity produced.</summary>
    public decimal HeatImportT { get; set; }

    public decimal HeatExportT { get; set; }

    public decimal WasteGasImportT { get; set; }

    public decimal WasteGasExportT { get; set; }

    public decimal ElectricityProducedT { get; set; }

    /// <summary>The share (0–100 %) of the facility's indirect emissions (category 2) attributed; counted only for goods whose indirect emissions count.</summary>
    public decimal? IndirectSharePct { get; set; }

    /// <summary>Tonnes of the good exported to the EU in a year, for the cost outlook.</summary>
    public decimal ExportedT { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int RowVersion { get; set; }
}
