using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tanpan.Core.Products;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Report;

namespace Tanpan.Documents.ProductReport;

/// <summary>
/// Writes the 產品碳足跡報告書 (.docx) of one product footprint, chapters after ISO 14067:2018 clause 7.3 (CFP study
/// report): general information, goal and scope (declared unit, cradle-to-gate boundary, cut-off, allocation procedure of
/// §6.4.6 / ISO 14044:2006 §4.3.4.2), life cycle inventory (data sources, primary-data share, data quality), results
/// (by stage with a chart, by gas, fossil and biogenic, every allocation, the BOM), interpretation and limitations, and
/// what a verifier needs to trace each figure (docs/product-footprints.md, "Documents"). The stream must be writable and seekable.
/// </summary>
public static partial class ProductFootprintReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Chapter headings in order, as written (the tests read them back).</summary>
    public static IReadOnlyList<string> Chapters(ReportLanguage language) => language == ReportLanguage.En
        ?
        [
            "1. General information", "2. Goal and scope", "3. Life cycle inventory", "4. Results of the CFP study",
            "5. Interpretation and limitations", "6. Information for verification",
        ]
        :
        [
            "第一章 一般資訊", "第二章 研究目的與範疇", "第三章 生命週期盤查", "第四章 產品碳足跡結果", "第五章 結果闡釋與限制", "第六章 查證追溯資訊",
        ];

    public static void Write(Stream stream, ProductFootprint footprint, ProductDocumentInfo info, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentNullException.ThrowIfNull(info);
        var en = language == ReportLanguage.En;
        using var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = ReportStyles.Create(en ? "en-US" : "zh-TW");
        var w = new Writer(new DocxBuilder(main, body), footprint, info, en, Chapters(language));
        var p = footprint.Product;
        var title = w.L($"{p.Name}（{p.Code}）產品碳足跡報告書", $"Product carbon footprint report: {p.Name} ({p.Code})");

        w.Docx.Title(title);
        w.Docx.Paragraph(w.L(
            $"本報告書依 ISO 14067:2018 第 7 章（碳足跡研究報告）之章節撰寫，數據由 Tanpan 碳盤依 {info.OrganisationName} 之溫室氣體盤查活動數據與物料清單計算，與同時產出之產品碳足跡資料表（.xlsx）一致。產出時間：{Time(info)}。",
            $"This report follows the chapters of ISO 14067:2018 clause 7 (CFP study report). Figures were calculated by Tanpan from the GHG inventory activity data and bill of materials of {info.OrganisationName} and agree with the product footprint data sheet (.xlsx) produced with it. Generated {Time(info)}."));
        WriteGeneral(w);
        WriteScope(w);
        WriteInventory(w);
        WriteResults(w);
        WriteInterpretation(w);
        WriteVerification(w);

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1247, Right = 1247U, Bottom = 1247, Left = 1247U, Header = 709U, Footer = 709U, Gutter = 0U }));
        package.PackageProperties.Title = title;
        package.PackageProperties.Creator = "Tanpan";
        package.PackageProperties.Created = info.GeneratedAt.UtcDateTime;
        package.PackageProperties.Modified = info.GeneratedAt.UtcDateTime;
    }

    private static void WriteGeneral(Writer w)
    {
        var f = w.F;
        var p = f.Product;
        var unit = p.DeclaredUnit;
        w.Chapter(0);
        w.Docx.Table([w.L("項目", "Item"), w.L("內容", "Value")],
        [
            [w.L("委託者（組織）", "Commissioner (organisation)"), w.Info.OrganisationName],
            [w.L("產品名稱", "Product"), p.Name],
            [w.L("產品代碼", "Product code"), p.Code],
            [w.L("CN 碼", "CN code"), p.CnCode ?? "—"],
            [w.L("貨品分類號列", "CCC code"), p.CccCode ?? "—"],
            [w.L("宣告單位", "Declared unit"), $"1 {w.Unit(unit)}"],
            [w.L("每宣告單位質量（公斤）", "Mass per declared unit (kg)"), w.Number(p.MassKgPerUnit)],
            [w.L("數據期間", "Reference period"), w.Period],
            [w.L("良品產量", "Good output"), w.Amount(f.Output, unit)],
            [w.L("報廢及次級品量（未分配）", "Scrap and off-spec (not allocated)"), w.Amount(f.Scrap, unit)],
            [w.L("報告日期", "Report date"), w.Info.GeneratedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            [w.L("計算工具", "Calculated with"), w.L("Tanpan 碳盤（開放原始碼）", "Tanpan (open source)")],
        ]);
        w.Docx.Paragraph(w.L(
            $"每{w.Unit(unit)}產品碳足跡（搖籃到大門）為 {w.Kg(f.CradleToGate.Kilograms)} 公斤CO2e；本報告所列各階段合計為 {w.Kg(f.Total.Kilograms)} 公斤CO2e。",
            $"The cradle-to-gate carbon footprint is {w.Kg(f.CradleToGate.Kilograms)} kg CO2e per {w.Unit(unit)}; all stages reported total {w.Kg(f.Total.Kilograms)} kg CO2e."));
    }

    private static void WriteScope(Writer w)
    {
        var f = w.F;
        var unit = f.Product.DeclaredUnit;
        w.Chapter(1);
        w.Docx.Heading(2, w.L("2.1 研究目的", "2.1 Goal of the study"));
        w.Docx.Paragraph(w.L(
            "本研究量化產品自原料取得至出廠（搖籃到大門）之溫室氣體排放，供企業間溝通（例如回應客戶依 PACT 格式索取之產品碳足跡）及內部減量管理；依 ISO 14067:2018 第 3.1.1.2 節屬部分產品碳足跡，不作為對消費者之比較性宣告。",
            "The study quantifies the product's greenhouse-gas emissions from raw-material acquisition to the factory gate (cradle to gate) for business-to-business communication (for example a customer's PACT footprint request) and internal reduction work. It is a partial CFP in the sense of ISO 14067:2018 §3.1.1.2 and not a comparative assertion to consumers."));
        w.Docx.Heading(2, w.L("2.2 宣告單位與系統邊界", "2.2 Declared unit and system boundary"));
        w.Docx.Paragraph(w.L(
            $"宣告單位為 1 {w.Unit(unit)}產品（每單位質量 {w.Number(f.Product.MassKgPerUnit)} 公斤），結果皆以每宣告單位表示。系統邊界為搖籃到大門，所含生命週期階段如下表。",
            $"The declared unit is 1 {w.Unit(unit)} of product ({w.Number(f.Product.MassKgPerUnit)} kg per unit); all results are per declared unit. The system boundary is cradle to gate, with the life-cycle stages below."));
        w.Docx.Table([w.L("生命週期階段", "Life-cycle stage"), w.L("納入", "Included"), w.L("數據來源", "Data")],
            LifeCycleStages.All.Select(s => (IReadOnlyList<string>)[w.Stage(s), w.YesNo(f.ByStage.ContainsKey(s)), StageData(w, s)]));
        w.Docx.Heading(2, w.L("2.3 截斷準則", "2.3 Cut-off criteria"));
        w.Docx.Paragraph(w.L(
            "未採用截斷：物料清單所列之每一物料，以及生產廠區溫室氣體盤查類別 1（直接排放）與類別 2（輸入能源間接排放）之每一筆排放（含辦公室、宿舍、公務車等附屬排放源）均納入。盤查類別 4（外購物料）不自盤查取用，改由物料清單計入，以免重複計算；類別 3、5、6 不屬搖籃到大門之製造階段。",
            "No cut-off is applied: every material in the bill of materials and every row of the producing facilities' inventory categories 1 (direct emissions) and 2 (indirect emissions from imported energy) is included, ancillary sources on site (offices, dormitories, company cars) as well. Inventory category 4 (purchased goods) is not taken from the inventory: purchased materials enter through the bill of materials, so nothing is counted twice; categories 3, 5 and 6 are outside the production stage of a cradle-to-gate footprint."));
        w.Docx.Heading(2, w.L("2.4 分配程序", "2.4 Allocation procedure"));
        w.Docx.Paragraph(w.L(
            "依 ISO 14067:2018 第 6.4.6 節引用之 ISO 14044:2006 第 4.3.4.2 節，各廠區依下列順序處理共同生產之排放：(1) 可歸屬於單一產品之製程或排放源直接指定予該產品（避免分配）；(2) 其餘排放依物理關係（良品產出質量 = 產量 × 每單位質量）分配；(3) 無物理基準或使用者選擇時，依經濟價值（營收）分配。每一分配均記錄其基準、分子、分母、期間與理由（第 4.4 節），且各廠區分配量加總恰等於該廠區製造排放總量；除不盡之尾差由該廠區基準值最大之產品承接。",
            "Following ISO 14044:2006 §4.3.4.2, as ISO 14067:2018 §6.4.6 requires, each facility's shared emissions are handled in this order: (1) processes or sources serving one product only are assigned to it directly (allocation avoided); (2) the rest is allocated by a physical relationship (good output mass = quantity × mass per unit); (3) by economic value (revenue) when no physical key exists or when chosen. Every allocation is recorded with its key, numerator, denominator, period and reason (section 4.4); per facility the allocated amounts add up exactly to the facility's production total, the remainder of the divisions going to the product with the largest key value."));
    }

    private static string StageData(Writer w, LifeCycleStage stage) => stage switch
    {
        LifeCycleStage.RawMaterialAcquisition => w.L("物料清單（供應商碳足跡、次級資料庫、自製產品）", "bill of materials (supplier PCFs, secondary databases, own products)"),
        LifeCycleStage.Production => w.L("廠區溫室氣體盤查（類別 1、2），經分配", "facility GHG inventory (categories 1 and 2), allocated"),
        _ => w.F.ByStage.ContainsKey(stage) ? w.L("使用者提供之每單位數值", "per-unit value supplied by the user") : w.L("不在邊界內", "outside the boundary"),
    };

    private static string Time(ProductDocumentInfo info) => info.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
