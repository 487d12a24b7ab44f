using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tanpan.Core.ActionPlans;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Report;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>
/// Writes a sector action plan's report (.docx) in the shape of seed 002 (製造部門行動方案 110 年執行成果報告): the
/// execution summary, 表1 (the measures), 表2 (by 政策內涵), 表3 (by 主辦機關), 表4 (results), 表5 (budgets) and 表6
/// (emissions against targets) with the intensity indicator, in Traditional Chinese or English. Every figure comes from
/// <see cref="ActionPlanTables"/>, the same the workbook and the pages show. The stream must be writable and seekable.
/// </summary>
public static partial class ActionPlanDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Write(Stream stream, ActionPlanTables tables, ActionPlanDocumentInfo info, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(info);
        var en = language == ReportLanguage.En;
        using var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = ReportStyles.Create(en ? "en-US" : "zh-TW");
        var w = new Writer(new DocxBuilder(main, body), tables, info, en);
        var title = w.Title();
        w.Docx.Title(title);
        w.WriteSummary();
        w.WriteMeasures();
        w.WriteTallies();
        w.WriteResults();
        w.WriteBudgets();
        w.WriteEmissions();

        // A4 landscape: the 13 columns of 表2 and 表3 stay legible.
        body.Append(new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        package.PackageProperties.Title = title;
        package.PackageProperties.Creator = "Tanpan";
        package.PackageProperties.Created = info.GeneratedAt.UtcDateTime;
        package.PackageProperties.Modified = info.GeneratedAt.UtcDateTime;
    }

    /// <summary>A rate as the seed prints it: whole per cent, "-" for 0 ÷ 0.</summary>
    public static string Percent(decimal? rate) => rate is { } r ? Percentages.Whole(r).ToString(CultureInfo.InvariantCulture) + "%" : "-";

    /// <summary>A whole number with grouping (萬元, counts).</summary>
    public static string Whole(decimal value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>百萬公噸 CO2e to one decimal, half away from zero (表6).</summary>
    public static string Million(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture);
}
