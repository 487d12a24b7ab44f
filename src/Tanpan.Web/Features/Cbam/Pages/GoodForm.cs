namespace Tanpan.Web.Features.Cbam.Pages;

/// <summary>A good as typed on its form (numbers as text, read by the page).</summary>
public sealed class GoodForm
{
    public string? CnCode { get; set; }

    public string? Route { get; set; }

    public string? Year { get; set; }

    public string? ActivityLevelT { get; set; }

    public string? DirectSharePct { get; set; }

    public string? DirectEmissionsT { get; set; }

    public string? HeatImportT { get; set; }

    public string? HeatExportT { get; set; }

    public string? WasteGasImportT { get; set; }

    public string? WasteGasExportT { get; set; }

    public string? ElectricityProducedT { get; set; }

    public string? IndirectSharePct { get; set; }

    public string? ExportedT { get; set; }

    public string? RowVersion { get; set; }
}
