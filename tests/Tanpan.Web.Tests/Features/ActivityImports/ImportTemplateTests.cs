using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.ActivityImports;

namespace Tanpan.Web.Tests.Features.ActivityImports;

public sealed class ImportTemplateTests
{
    [Fact]
    public void Xlsx_HasListsOnAHiddenSheetAndNumberChecks_AndIsValidOpenXml()
    {
        var bytes = ImportTemplate.Xlsx(FactorLibrary.Shipped.Materials, 2021, 2021);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

        new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => (s.Name!.Value, s.State?.Value)).ShouldBe([("活動數據", null), ("清單", SheetStateValues.Hidden)]);
        var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!);
        var checks = data.Worksheet.GetFirstChild<DataValidations>()!.Elements<DataValidation>()
            .ToDictionary(v => v.SequenceOfReferences!.InnerText!, v => (v.Type!.Value, v.Formula1!.Text, v.Formula2?.Text));
        var materials = FactorLibrary.Shipped.Materials.All.Select(m => m.NameZh).Distinct().Count();
        checks.ShouldBe(new Dictionary<string, (DataValidationValues, string, string?)>
        {
            ["B2:B1048576"] = (DataValidationValues.List, "'清單'!$A$2:$A$7", null),
            ["C2:C1048576"] = (DataValidationValues.List, $"'清單'!$B$2:$B${materials + 1}", null),
            ["E2:E1048576"] = (DataValidationValues.List, $"'清單'!$C$2:$C${ImportTemplate.Units.Count + 1}", null),
            ["D2:D1048576"] = (DataValidationValues.Decimal, "0", null),
            ["F2:F1048576"] = (DataValidationValues.Whole, "2021", "2021"),
            ["G2:G1048576"] = (DataValidationValues.Whole, "1", "12"),
        });

        // The referenced ranges hold what the checks promise: every source type, material and unit, nothing else.
        var lists = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[1].Id!);
        var column = (string c) => lists.Worksheet.Descendants<Cell>().Where(x => x.CellReference!.Value!.StartsWith(c, StringComparison.Ordinal) && x.CellReference.Value != c + "1")
            .Select(x => x.InnerText).ToList();
        column("A").ShouldBe(["固定燃燒", "移動燃燒", "製程", "逸散", "外購電力", "外購蒸汽"]);
        column("B").Count.ShouldBe(materials);
        column("B").ShouldAllBe(name => FactorLibrary.Shipped.Materials.Find(name) != null);
        column("C").ShouldBe(ImportTemplate.Units);
        column("C").ShouldAllBe(u => UnitResolver.Resolve(u, Tanpan.Core.Units.Dimension.Energy) != null || UnitResolver.Resolve(u, null) != null);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Template_ReadBack_HasEveryColumnAndNoRows(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tanpan-template-{Guid.NewGuid():N}.{kind}");
        File.WriteAllBytes(path, kind == "xlsx" ? ImportTemplate.Xlsx(FactorLibrary.Shipped.Materials, 2021, 2021) : ImportTemplate.Csv());
        try
        {
            var file = ActivityFileReader.Open(path);
            file.FileIssues.ShouldBeEmpty();
            file.Records.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
