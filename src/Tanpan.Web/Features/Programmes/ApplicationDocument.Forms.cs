using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Programmes;

public static partial class ApplicationDocument
{
    /// <summary>附表2 as printed: the five 評估項目 with their 檢核 boxes (item 4 is 符合/不符合).</summary>
    private static readonly string[] Form2Items =
    [
        "本項專案以人才自主碳足跡盤查培訓為主，並非以碳足跡查證為主，因此無涉於第三方查證、碳標籤申請。",
        "本項專案以碳足跡盤查的人才培訓的輔導為主，不會就數值的正確性、完整性或其他考量面，做出的任何形式的保證。",
        "參與本專案後除遭遇不可抗力不能中途以任何理由退出。無故於本計畫期間中止輔導者，應賠償所投入的相關成本(以該項輔導成為為上限)",
        "參與本專案的執行人員，至少有一人完成碳足跡實踐講習課程(證書)",
        "所有活動數據的蒐集工作，都要由公司參與人員親自處理，顧問團隊將在期間提供係數的選用討論和建議。",
    ];

    private static void AppendForm2(Body body, ProgrammeApplication a)
    {
        body.Append(Para("進行訓練式輔導前認知同意表", bold: true, size: 28, center: true));
        body.Append(Para($"工廠名稱：{a.FactoryName}"));
        var table = Grid([600, 6800, 2000]);
        table.Append(Row(("", 1), ("評估項目", 1), ("檢核", 1)));
        for (var i = 0; i < Form2Items.Length; i++)
        {
            var yes = a.Form2Answers![i] == '1';
            var (agree, disagree) = i == 3 ? ("符合", "不符合") : ("同意", "不同意");
            table.Append(Row(($"{i + 1}.", 1), (Form2Items[i], 1), ($"{Box(yes)}{agree}　{Box(!yes)}{disagree}", 1)));
        }

        body.Append(table);
        body.Append(Para("附表 2", size: 18));
    }

    private static void AppendForm3(Body body, ApplicationView view)
    {
        var a = view.Application;
        var roc = view.Programme.Year - 1911;
        body.Append(Para("廠商簡介", bold: true, size: 28, center: true));
        body.Append(Para("一、廠商簡介", bold: true));
        body.Append(Para("1.近三年營業額(新台幣)"));
        foreach (var (year, revenue) in new[] { (roc - 3, a.Revenue1), (roc - 2, a.Revenue2), (roc - 1, a.Revenue3) })
        {
            body.Append(Para($"{year} 年營業額：{(revenue is { } r ? r.ToString("#,##0", CultureInfo.InvariantCulture) : "________________")} 元"));
        }

        body.Append(Para($"2.主要體系廠商（採購金額或量的前 5 大供應商）：{a.TopSuppliers}"));
        body.Append(Para($"3.主要客戶（銷售金額前 3 大客戶）：{a.TopCustomers}"));
        body.Append(Para("二、標的產品介紹", bold: true));
        body.Append(Para($"1.標的產品名稱、產品簡介、產品組成：{a.TargetProduct}"));
        body.Append(Para("2.產品照片：（另附）"));
        body.Append(Para($"3.標的產品佔營業額比例：{(a.TargetProductRevenuePercent is { } share ? P(share) + "%" : "")}"));
        body.Append(Para($"4.該產品類別對應之 CCC code：{a.TargetProductCccCode}"));
        body.Append(Para("三、標的產品製程介紹", bold: true));
        body.Append(Para(a.ProcessDescription ?? ""));
        body.Append(Para("四、計算碳足跡的理由", bold: true));
        body.Append(Para(a.FootprintReason ?? ""));
        body.Append(Para("五、輔導前準備程度", bold: true));
        body.Append(Para($"1.執行團隊分工架構：{a.TeamDescription}"));
        body.Append(Para($"2.高階主管支持：{a.ExecutiveName} {a.ExecutiveTitle}　高階主管簽名：__________________"));
        body.Append(Para("附表 3", size: 18));
    }

    private static Table Grid(int[] widths)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6 }, new BottomBorder { Val = BorderValues.Single, Size = 6 },
                new LeftBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    private static TableRow Row(params (string Text, int Span)[] cells)
    {
        var row = new TableRow();
        foreach (var (text, span) in cells)
        {
            var properties = new TableCellProperties();
            if (span > 1)
            {
                properties.Append(new GridSpan { Val = span });
            }

            row.Append(new TableCell(properties, Para(text)));
        }

        return row;
    }

    private static Paragraph Para(string text, bool bold = false, int size = 21, bool center = false)
    {
        var runProperties = new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.PrependChild(new Bold());
        }

        var paragraph = new Paragraph(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>One default style: a CJK font for the East Asian text (Noto Sans CJK TC where installed), zh-TW.</summary>
    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Noto Sans CJK TC", HighAnsi = "Noto Sans CJK TC", EastAsia = "Noto Sans CJK TC" },
            new Languages { Val = "zh-TW", EastAsia = "zh-TW" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60" }))));
}
