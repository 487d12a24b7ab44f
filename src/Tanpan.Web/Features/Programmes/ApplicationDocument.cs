using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The printable application (.docx): seed 004's 輔導申請表 (附表1) laid out as the paper form — the 基本資料 grid of
/// label and value cells in its order, the service boxes (■ ticked, □ not) grouped 1–3 with 現場支援's seven stages,
/// the visit months, consent and signature line — followed, for a footprint applicant, by 附表2 (認知同意表) and 附表3
/// (廠商簡介). Written in Chinese, the form's language, on A4.
/// </summary>
public static partial class ApplicationDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Write(Stream stream, ApplicationView view)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(view);
        var a = view.Application;
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();

        body.Append(Para("輔導申請表", bold: true, size: 32, center: true));
        var on = ProgrammeIntake.TaipeiTime(a.ConfirmedAt ?? a.CreatedAt);
        body.Append(Para($"申請日期：{on.Year - 1911} 年 {on.Month} 月 {on.Day} 日　　案件編號：{a.Number?.ToString(CultureInfo.InvariantCulture) ?? "（確認後編號）"}"));
        body.Append(BasicData(view));
        body.Append(Para(""));
        body.Append(Services(view));
        body.Append(Para("同意提供個人資料（詳背面同意書）：" + Box(a.PersonalDataConsent) + "同意"));
        body.Append(Para("申請人簽章：__________________"));
        body.Append(Para($"{view.Programme.TitleZh}　附表 1", size: 18));
        if (a.Form2Answers is not null)
        {
            body.Append(PageBreak());
            AppendForm2(body, a);
            body.Append(PageBreak());
            AppendForm3(body, view);
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        package.PackageProperties.Title = $"輔導申請表 {a.FactoryName}";
        package.PackageProperties.Creator = "Tanpan";
    }

    private static Table BasicData(ApplicationView view)
    {
        var a = view.Application;
        var industry = IndustryCodes.All.FirstOrDefault(i => i.Code == a.IndustryCode);
        var split = $"（銷美 {P(a.ExportUsPercent)}%，銷日 {P(a.ExportJapanPercent)}%，銷歐 {P(a.ExportEuropePercent)}%，其他 {P(a.ExportOtherPercent)}%）";
        var year = view.Programme.Year - 1911;
        var table = Grid([1800, 2900, 1800, 2900]);
        table.Append(Row(("工廠名稱", 1), (a.FactoryName, 1), ("中堅企業", 1), ($"{Box(a.IsMidSizedBackbone)}是　{Box(!a.IsMidSizedBackbone)}否", 1)));
        table.Append(Row(("統一編號", 1), (a.TaxId, 1), ("工廠登記證號", 1), (a.FactoryRegistrationNumber ?? "", 1)));
        table.Append(Row(("產業別", 1), (industry is null ? a.IndustryCode : $"{industry.Code}.{industry.NameZh}", 1), ("所屬工業區", 1), (a.IndustrialPark ?? "", 1)));
        table.Append(Row(("地址", 1), (a.Address, 3)));
        table.Append(Row(("資本額", 1), ($"{a.CapitalTenThousandNtd.ToString("#,##0.##", CultureInfo.InvariantCulture)} 萬元", 3)));
        table.Append(Row(("負責人", 1), (a.RepresentativeName, 1), ("負責人職稱", 1), (a.RepresentativeTitle ?? "", 1)));
        table.Append(Row(("聯絡人", 1), (a.ContactName, 1), ("聯絡人職稱", 1), (a.ContactTitle ?? "", 1)));
        table.Append(Row(("聯絡電話", 1), (a.Phone, 1), ("傳真", 1), (a.Fax ?? "", 1)));
        table.Append(Row(("E-mail", 1), (a.Email, 1), ("員工人數", 1), (a.Employees.ToString(CultureInfo.InvariantCulture), 1)));
        table.Append(Row(($"內銷（{year} 年）", 1), ($"{P(a.DomesticPercent)}%", 1), ($"外銷（{year} 年）", 1), ($"{P(a.ExportPercent)}%{split}", 1)));
        table.Append(Row(("主要產品與近一年產量", 1), ("產品名稱", 2), ("產量（計算單位）", 1)));
        foreach (var p in view.Products)
        {
            table.Append(Row(("", 1), (p.Name, 2), ($"{p.Output.ToString("#,##0.####", CultureInfo.InvariantCulture)} {p.Unit}", 1)));
        }

        return table;
    }

    private static Table Services(ApplicationView view)
    {
        var chosen = view.Requests.ToDictionary(r => r.ServiceId);
        var stage = view.Requests.Select(r => r.Stage).FirstOrDefault(s => s is not null);
        var table = Grid([9400]);
        table.Append(Row(("申請輔導與服務項目　★請勾選欲申請之輔導項目（僅限勾選一項，中堅企業不限）。", 1)));
        foreach (var group in view.Services.GroupBy(s => s.FormGroup).OrderBy(g => g.Key))
        {
            var any = group.Any(s => chosen.ContainsKey(s.Id));
            var heading = group.Key switch { 1 => "推動低碳轉型輔導", 2 => "微型抵換專案示範推動", _ => group.First().NameZh + (group.First().HasStages ? "（七擇一）" : "") };
            var items = group.Key == 3 && group.First().HasStages
                ? string.Join("　", OffsetStages.All.Select(s => Box(any && stage == s.Key) + s.NameZh))
                : string.Join("　", group.Select(s => Box(chosen.ContainsKey(s.Id)) + s.NameZh));
            table.Append(Row(($"{Box(any)}{group.Key.ToString(CultureInfo.InvariantCulture)}. {heading}", 1)));
            table.Append(Row(("　　" + items, 1)));
        }

        var months = view.Application.PreferredVisitMonths is { } m ? string.Join("、", m.Split(',')) + " 月" : "";
        table.Append(Row(($"★如有優先考量之訪廠月份，請填寫：{months}", 1)));
        return table;
    }

    private static string Box(bool ticked) => ticked ? "■" : "□";

    private static string P(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
