using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// The import templates: the columns of docs/activity-data-format.md with their Chinese headers. The workbook's sheet
/// 活動數據 has drop-down lists for source type, material and unit (taken from the hidden sheet 清單) and number checks
/// for amount (≥ 0), year (the inventory's period) and month (1–12).
/// </summary>
public static class ImportTemplate
{
    public const string DataSheet = "活動數據";
    public const string ListSheet = "清單";

    /// <summary>The last row the checks cover (Excel's last row).</summary>
    public const int LastRow = 1_048_576;

    /// <summary>Units as written on Taiwanese bills (each resolves with <c>UnitResolver</c>).</summary>
    public static readonly IReadOnlyList<string> Units =
        ["度", "千度", "公升", "公秉", "立方公尺", "千立方公尺", "公斤", "公噸", "公克", "kWh", "MWh", "GJ", "TJ", "MJ", "千卡", "人時"];

    public static IReadOnlyList<string> Headers { get; } = [.. Enum.GetValues<ActivityColumn>().Select(ActivityColumns.NameZh)];

    public static IReadOnlyList<string> SourceTypeNames { get; } = [.. Enum.GetValues<SourceType>().Select(SourceTypes.NameZh)];

    /// <summary>The header line, UTF-8 with a byte-order mark (so Excel opens it as UTF-8).</summary>
    public static byte[] Csv() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(",", Headers) + "\r\n")];

    public static byte[] Xlsx(MaterialCatalog materials, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(materials);
        var materialNames = materials.All.Select(m => m.NameZh).Distinct().ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var data = workbook.AddNewPart<WorksheetPart>();
            var lists = workbook.AddNewPart<WorksheetPart>();
            data.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0, TabSelected = true }),
                new Columns(Headers.Select((_, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = 16, CustomWidth = true })),
                new SheetData(Row(1, Headers)),
                Validations(materialNames.Count, firstYear, lastYear));
            lists.Worksheet = new Worksheet(new SheetData(
                Enumerable.Range(0, 1 + Math.Max(materialNames.Count, Math.Max(SourceTypeNames.Count, Units.Count)))
                    .Select(i => i == 0
                        ? Row(1, ["排放型式", "原燃物料", "單位"])
                        : Row((uint)(i + 1), [At(SourceTypeNames, i - 1), At(materialNames, i - 1), At(Units, i - 1)]))));
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = DataSheet, SheetId = 1, Id = workbook.GetIdOfPart(data) },
                new Sheet { Name = ListSheet, SheetId = 2, Id = workbook.GetIdOfPart(lists), State = SheetStateValues.Hidden }));
        }

        return stream.ToArray();
    }

    private static DataValidations Validations(int materials, int firstYear, int lastYear)
    {
        string Column(ActivityColumn c) => ((char)('A' + (int)c)).ToString();
        string Range(ActivityColumn c) => $"{Column(c)}2:{Column(c)}{LastRow}";
        DataValidation List(ActivityColumn c, string listColumn, int count) => Check(c, DataValidationValues.List, $"'{ListSheet}'!${listColumn}$2:${listColumn}${count + 1}", null);
        DataValidation Check(ActivityColumn c, DataValidationValues type, string formula1, string? formula2)
        {
            var name = ActivityColumns.NameZh(c);
            var validation = new DataValidation(new Formula1(formula1))
            {
                Type = type, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
                ErrorTitle = name, Error = type == DataValidationValues.List ? $"請從清單選擇{name}" : $"{name}超出範圍",
                SequenceOfReferences = new ListValue<StringValue>([new StringValue(Range(c))]),
            };
            if (formula2 is not null)
            {
                validation.Operator = DataValidationOperatorValues.Between;
                validation.Append(new Formula2(formula2));
            }
            else if (type != DataValidationValues.List)
            {
                validation.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
            }

            return validation;
        }

        var checks = new[]
        {
            List(ActivityColumn.SourceType, "A", SourceTypeNames.Count),
            List(ActivityColumn.Material, "B", materials),
            List(ActivityColumn.Unit, "C", Units.Count),
            Check(ActivityColumn.Activity, DataValidationValues.Decimal, "0", null),
            Check(ActivityColumn.Year, DataValidationValues.Whole, firstYear.ToString(CultureInfo.InvariantCulture), lastYear.ToString(CultureInfo.InvariantCulture)),
            Check(ActivityColumn.Month, DataValidationValues.Whole, "1", "12"),
        };
        return new DataValidations(checks) { Count = (uint)checks.Length };
    }

    private static string? At(IReadOnlyList<string> list, int i) => i < list.Count ? list[i] : null;

    private static Row Row(uint index, IEnumerable<string?> values) =>
        new(values.Select((v, i) => v is null ? null : new Cell
        {
            CellReference = $"{(char)('A' + i)}{index}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)),
        }).OfType<Cell>())
        { RowIndex = index };
}
