using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.ActionPlans;
using Tanpan.Documents.Register;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>
/// Writes a sector action plan's report workbook (.xlsx) after seed 002's tables (docs/action-plans.md, "Documents"):
/// 1-措施 (the 附件: every measure), 2-依政策內涵 (表2), 3-依主辦機關 (表3), 4-執行成果 (summary figures and 表4),
/// 5-經費 (表5) and 6-排放目標 (表6 and the intensity indicator). Counts, rates, sums and running totals are formulas over
/// 1-措施 with their cached values, so changing a status there recomputes the tables. Printed like the 清冊: A4
/// landscape, fit to width, header rows repeated. The stream only needs to be writable.
/// </summary>
public static partial class ActionPlanWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Measures = "1-措施";
    public const string ByPolicy = "2-依政策內涵";
    public const string ByAgency = "3-依主辦機關";
    public const string Results = "4-執行成果";
    public const string Budgets = "5-經費";
    public const string Emissions = "6-排放目標";

    public static readonly string[] SheetNames = [Measures, ByPolicy, ByAgency, Results, Budgets, Emissions];

    /// <summary>Title in row 1, note in row 2, headers in row 3, data from row 4 (as in the 清冊).</summary>
    public const int FirstDataRow = 4;

    public static void Write(Stream stream, ActionPlanTables tables, ActionPlanDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(info);
        var s = new Sheets(tables);
        using var package = new XlsxPackage(stream);
        void Add(string name, double[] widths, int frozenRows, Action<SheetWriter> write)
        {
            using var writer = package.AddSheet(name, widths, frozenRows);
            write(writer);
        }

        Add(Measures, Sheets.MeasureWidths, 3, s.WriteMeasures);
        Add(ByPolicy, Sheets.TallyWidths, 3, w => s.WriteTally(w, ByPolicy, tables.ByPolicy, tables.PolicyTotal, MeasureColumn.Policy));
        Add(ByAgency, Sheets.TallyWidths, 3, w => s.WriteTally(w, ByAgency, tables.ByAgency, tables.AgencyTotal, MeasureColumn.Agency));
        Add(Results, Sheets.ResultWidths, 0, s.WriteResults);
        Add(Budgets, Sheets.BudgetWidths, 3, s.WriteBudgets);
        Add(Emissions, Sheets.EmissionWidths, 3, s.WriteEmissions);

        package.Finish(ActionPlanStyles.Create(), new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true },
            $"{Roc(tables.Plan.ReportYear)}年{tables.Plan.Sector}行動方案執行成果 {info.OrganisationName}", info.GeneratedAt);
    }

    /// <summary>"110" for 2021: the seed's years are 民國 years.</summary>
    public static string Roc(int year) => (year - 1911).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Columns of 1-措施 the other sheets' formulas read.</summary>
    internal enum MeasureColumn
    {
        Number = 0,
        Name = 1,
        Policy = 2,
        Kind = 3,
        Agency = 4,
        Status = 10,
        Budget = 11,
        Private = 13,
        Reduction = 14,
        People = 16,
        Sessions = 17,
    }
}
