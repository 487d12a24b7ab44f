using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Documents.ActionPlanReport;
using Tanpan.Documents.Register;

namespace Tanpan.Documents.ProgrammeKpis;

/// <summary>
/// Writes the programme dashboard (docs/programme-kpis.md) as an .xlsx, one sheet per table, through the same streaming
/// writer as the 清冊 and the action-plan report (<see cref="XlsxPackage"/>, <see cref="SheetWriter"/>): title in row 1,
/// note in row 2, headers in row 3 (frozen, repeated on printed pages), data from row 4; A4 landscape, fit to width.
/// </summary>
public static class KpiWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const int FirstDataRow = 4;

    public static void Write(Stream stream, IReadOnlyList<KpiSheet> sheets, string title, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        using var package = new XlsxPackage(stream);
        foreach (var sheet in sheets)
        {
            using var w = package.AddSheet(sheet.Name, [28, .. sheet.Headers.Skip(1).Select(_ => 12.0)], 3);
            w.StartRow().Text(sheet.Title, ActionPlanStyles.Title);
            w.StartRow().Text(sheet.Note);
            w.Headers([.. sheet.Headers]);
            foreach (var row in sheet.Rows)
            {
                w.StartRow().Text(row.Label);
                foreach (var value in row.Values)
                {
                    if (value is { } v)
                    {
                        w.Number(v, decimal.IsInteger(v) ? ActionPlanStyles.Whole : ActionPlanStyles.Amount);
                    }
                    else
                    {
                        w.Skip();
                    }
                }
            }
        }

        package.Finish(ActionPlanStyles.Create(), new CalculationProperties { CalculationId = 191029 }, title, generatedAt);
    }
}
