using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;
using Tanpan.Documents.Inventories;

namespace Tanpan.Documents.Report;

/// <summary>
/// Writes the 溫室氣體盤查報告書 (.docx) of an inventory, chapters after ISO 14064-1:2018 clause 9.3 and
/// the MOENV reference report: organisation and boundaries, period, sources and categories, methods and
/// factors, results (by gas, category, facility, with the hotspot chart), data quality, uncertainty,
/// base year and recalculation, exclusions, verification. The stream must be writable and seekable.
/// </summary>
public static partial class InventoryReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Chapter headings in order, as written (the tests read them back).</summary>
    public static IReadOnlyList<string> Chapters(ReportLanguage language) => language == ReportLanguage.En
        ?
        [
            "1. Organisation and boundaries", "2. Reporting period", "3. Emission sources and categories", "4. Quantification methods and emission factors",
            "5. Results", "6. Data quality", "7. Uncertainty", "8. Base year and recalculation policy", "9. Exclusions", "10. Verification status",
        ]
        :
        [
            "第一章 機構簡介與盤查邊界", "第二章 盤查期間", "第三章 排放源鑑別與類別", "第四章 量化方法與排放係數", "第五章 溫室氣體排放量",
            "第六章 數據品質管理", "第七章 不確定性評估", "第八章 基準年與重新計算政策", "第九章 排除事項", "第十章 查證狀態",
        ];

    public static void Write(Stream stream, InventoryDocument doc, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(doc);
        var en = language == ReportLanguage.En;
        using var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = ReportStyles.Create(en ? "en-US" : "zh-TW");
        var w = new Writer(new DocxBuilder(main, body), doc, en, Chapters(language));

        w.Docx.Title(w.L($"{doc.Info.OrganisationName} {doc.Info.Year} 年溫室氣體盤查報告書", $"{doc.Info.OrganisationName} GHG inventory report {doc.Info.Year}"));
        w.Docx.Paragraph(w.L(
            $"本報告書依 ISO 14064-1:2018 第 9 章及環境部溫室氣體盤查報告書參考範本之章節撰寫，數據由 Tanpan 碳盤依活動數據計算，與同時產出之溫室氣體排放量清冊一致。產出時間：{Time(doc)}。",
            $"This report follows ISO 14064-1:2018 clause 9 and the chapters of the MOENV reference report. Figures were calculated by Tanpan from activity data and agree with the inventory register produced with it. Generated {Time(doc)}."));
        WriteOrganisation(w);
        WriteSources(w);
        WriteResults(w);
        WriteQuality(w);
        WritePolicies(w);

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1247, Right = 1247U, Bottom = 1247, Left = 1247U, Header = 709U, Footer = 709U, Gutter = 0U }));
        package.PackageProperties.Title = w.L($"{doc.Info.OrganisationName} {doc.Info.Year} 溫室氣體盤查報告書", $"{doc.Info.OrganisationName} GHG inventory report {doc.Info.Year}");
        package.PackageProperties.Creator = "Tanpan";
        package.PackageProperties.Created = doc.Info.GeneratedAt.UtcDateTime;
        package.PackageProperties.Modified = doc.Info.GeneratedAt.UtcDateTime;
    }

    private static void WriteOrganisation(Writer w)
    {
        var doc = w.Doc;
        var info = doc.Info;
        w.Chapter(0);
        w.Docx.Heading(2, w.L("1.1 機構簡介", "1.1 The organisation"));
        w.Docx.Table([w.L("項目", "Item"), w.L("內容", "Value")],
        [
            [w.L("機構名稱", "Organisation"), info.OrganisationName],
            [w.L("統一編號", "Tax id"), info.TaxId ?? "—"],
            [w.L("地址", "Address"), info.Address ?? "—"],
            [w.L("聯絡人", "Contact"), info.Contact ?? "—"],
        ]);
        w.Docx.Heading(2, w.L("1.2 組織邊界", "1.2 Organisational boundary"));
        w.Docx.Paragraph(w.L(
            $"採{info.Boundary}設定組織邊界，涵蓋下列 {doc.Result.ByFacility.Count} 個廠區：{string.Join("、", doc.Result.ByFacility.Select(f => f.Key))}。",
            $"Consolidation approach: {info.Boundary}. Facilities in the boundary ({doc.Result.ByFacility.Count}): {string.Join(", ", doc.Result.ByFacility.Select(f => f.Key))}."));
        w.Docx.Heading(2, w.L("1.3 報告邊界", "1.3 Reporting boundary"));
        w.Docx.Paragraph(w.L(
            "報告邊界涵蓋類別 1（直接溫室氣體排放與移除）及類別 2（輸入能源之間接排放）；類別 3 至 6 未量化（見第九章）。",
            "The reporting boundary covers category 1 (direct emissions and removals) and category 2 (indirect emissions from imported energy); categories 3 to 6 are not quantified (see chapter 9)."));

        w.Chapter(1);
        w.Docx.Paragraph(w.L(
            FormattableString.Invariant($"盤查期間為 {info.Year} 年 1 月 1 日至 {info.Year} 年 12 月 31 日，共 {doc.Result.RowCount} 筆活動數據。"),
            FormattableString.Invariant($"The reporting period is 1 January to 31 December {info.Year}; {doc.Result.RowCount} activity records.")));
    }

    private static void WriteSources(Writer w)
    {
        var doc = w.Doc;
        w.Chapter(2);
        w.Docx.Paragraph(w.L("排放源依 ISO 14064-1:2018 類別及排放型式（固定燃燒 E、移動燃燒 T、製程 P、逸散 F）鑑別如下。",
            "Sources are identified by ISO 14064-1:2018 category and emission type (stationary E, mobile T, process P, fugitive F)."));
        w.Docx.Table(
            [w.L("編號", "No."), w.L("廠區", "Facility"), w.L("排放源", "Source"), w.L("原燃物料", "Material"), w.L("排放型式", "Type"), w.L("類別", "Category"), w.L("範疇", "Scope")],
            doc.Quality.Sources.Select((s, i) => (IReadOnlyList<string>)
            [
                InventoryDocument.SourceId(i), s.Facility, s.Source, w.Material(s.MaterialKey, s.MaterialName), w.Type(s.SourceType),
                SourceTypes.Category(s.SourceType).ToString(CultureInfo.InvariantCulture), IsoCategories.Scope(SourceTypes.Category(s.SourceType)).ToString(CultureInfo.InvariantCulture),
            ]));

        w.Chapter(3);
        w.Docx.Paragraph(w.L(
            $"排放量 = 活動數據 × 排放係數 × 全球暖化潛勢 (GWP)。燃料係數採 {FactorCitation.SetSource(doc.FactorSet, english: false)}，GWP 採 {doc.Gwp.Title}；外購電力採經濟部能源署公告之當年度電力排碳係數，已為 CO2e。",
            $"Emissions = activity × emission factor × global warming potential (GWP). Fuel factors: {FactorCitation.SetSource(doc.FactorSet, english: true)}; GWP: {doc.Gwp.Title}; purchased electricity: the Energy Administration's grid factor of the activity year, already in CO2e."));
        // Named by material and type, unit in words, source by the official document (FactorCitation): no factor id or key.
        var factors = doc.Result.Rows.DistinctBy(r => r.Factor.Id).OrderBy(r => r.Factor.Id, StringComparer.Ordinal);
        w.Docx.Table([w.L("係數", "Factor"), w.L("單位", "Unit"), w.L("各氣體係數 (kg/單位)", "kg per unit by gas"), w.L("來源", "Source")],
            factors.Select(r => (IReadOnlyList<string>)
            [
                FactorCitation.Label(r.Factor, r.Row.Material, w.English), FactorCitation.Unit(r.Factor.Unit, w.English),
                string.Join("; ", r.Factor.Gases.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Species} {PlainNumber.Significant(g.KgPerUnit, 10)}"))),
                FactorCitation.Source(r.Factor, w.English),
            ]));
    }

    private static string Time(InventoryDocument doc) => doc.Info.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
