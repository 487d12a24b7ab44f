using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Documents.Inventories;

namespace Tanpan.Documents.Register;

/// <summary>
/// Writes the MOENV 溫室氣體排放量清冊 workbook (.xlsx) of an inventory: sheets 1-基本資料 to 6-彙總表 and
/// the GWP appendix, laid out as in docs/register-format.md. Numbers a verifier recomputes are formulas
/// with their cached values; the big sheet is streamed. The stream only needs to be writable
/// (a response body will do): the package is zipped as it is written (<see cref="XlsxPackage"/>).
/// </summary>
public static class RegisterWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream stream, InventoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(doc);
        var slots = Math.Max(3, doc.Result.Rows.Count == 0 ? 0 : doc.Result.Rows.Max(r => r.Gases.Count));
        var layout = new RegisterLayout(doc.Result.Rows.Count, doc.Quality.Sources.Count, slots);

        using var package = new XlsxPackage(stream);
        void Add(string name, IReadOnlyList<double> widths, int frozenRows, Action<SheetWriter> write)
        {
            using var writer = package.AddSheet(name, widths, frozenRows);
            write(writer);
        }

        Add(RegisterLayout.Basics, RegisterSheets.BasicsWidths, 0, w => RegisterSheets.WriteBasics(w, doc));
        Add(RegisterLayout.Qualitative, RegisterSheets.QualitativeWidths, 3, w => RegisterSheets.WriteQualitative(w, doc));
        Add(RegisterLayout.Materiality, RegisterSheets.MaterialityWidths, 0, w => RegisterSheets.WriteMateriality(w, doc));
        Add(RegisterLayout.Quantities, RegisterSheets.QuantityWidths(layout, doc), 3, w => RegisterSheets.WriteQuantities(w, doc, layout));
        Add(RegisterLayout.Quality, RegisterSheets.QualityWidthsFor(doc), 3, w => RegisterSheets.WriteQuality(w, doc, layout));
        Add(RegisterLayout.Uncertainty, RegisterSheets.UncertaintyWidthsFor(doc), 3, w => RegisterSheets.WriteUncertainty(w, doc, layout));
        Add(RegisterLayout.Summary, RegisterSheets.SummaryWidthsFor(doc), 0, w => RegisterSheets.WriteSummary(w, doc, layout));
        Add(RegisterLayout.Gwp, RegisterSheets.GwpWidths, 3, w => RegisterSheets.WriteGwp(w, doc));

        // Cached values are there for readers that do not calculate; Excel and LibreOffice recalculate on open.
        package.Finish(RegisterStyles.Create(), new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true },
            $"溫室氣體排放量清冊 {doc.Info.OrganisationName} {doc.Info.Year}", doc.Info.GeneratedAt);
    }
}
