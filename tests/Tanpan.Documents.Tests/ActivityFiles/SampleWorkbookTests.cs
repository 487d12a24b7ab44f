using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Inventory;
using static Tanpan.Documents.Tests.ActivityFiles.XlsxCell;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActivityFiles;

/// <summary>
/// samples/seed001-example-2021.xlsx is the .csv sample as Excel would save it (numbers as numbers,
/// text as shared strings, empty cells left out). It is committed; run with TANPAN_WRITE_SAMPLES=1 to
/// regenerate it from the .csv after the .csv changes.
/// </summary>
public sealed class SampleWorkbookTests
{
    private const string CsvSample = "seed001-example-2021.csv";
    private const string XlsxSample = "seed001-example-2021.xlsx";

    [Fact]
    public void SeedExampleXlsx_HoldsTheCsvSample()
    {
        var xlsx = Path.Combine("samples", XlsxSample);
        if (Environment.GetEnvironmentVariable("TANPAN_WRITE_SAMPLES") == "1")
        {
            xlsx = WriteWorkbook(Path.Combine("samples", CsvSample), Path.Combine(RepositoryRoot.Path, "samples", XlsxSample));
        }

        using (var document = SpreadsheetDocument.Open(xlsx, false))
        {
            new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        }

        var fromXlsx = ActivityRecords.Read(xlsx).Select(ActivityRecords.Parse).Select(Audit).ToList();
        var fromCsv = ActivityRecords.Read(Path.Combine("samples", CsvSample)).Select(ActivityRecords.Parse).Select(Audit).ToList();
        fromCsv.Count.ShouldBe(8);
        fromXlsx.ShouldBe(fromCsv);
    }

    /// <summary>Every field of a row except the amount's spelling ("8,967,500" in the CSV is the number 8967500 in Excel).</summary>
    private static string Audit(ActivityRow r) => string.Join('|',
        r.Line, r.Facility, r.SourceType, r.MaterialText, r.Amount.ToString(CultureInfo.InvariantCulture), r.UnitText, r.Year, r.Month,
        r.Source, r.Process, r.Equipment, r.EquipmentType, r.DataSource, r.Evidence);

    private static string WriteWorkbook(string csvPath, string xlsxPath)
    {
        var builder = new XlsxBuilder().Sheet("活動數據");
        using var reader = CsvReader.FromFile(csvPath, CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true });
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).Select(text =>
                text.Length == 0 ? null
                : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? Number(number.ToString(CultureInfo.InvariantCulture))
                : Shared(text));
            builder.Row((uint)reader.LineNumber, [.. cells]);
        }

        return builder.Save(xlsxPath);
    }
}
