using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The eligibility rules a service can apply (its <see cref="ProgrammeService.EligibilityRules"/> names them; seed 004
/// 申請資格 一–四 and 附表2). Each is checked on submit; a rule not met refuses the submission with its reason next to
/// the service, so an ineligible application is never queued (docs/programmes.md).
/// </summary>
public static class EligibilityRules
{
    /// <summary>申請資格一: a manufacturer — 產業別 is a manufacturing division 08–33 (附表1's list, 行業統計分類 C 部門).</summary>
    public const string Manufacturer = "manufacturer";

    /// <summary>申請資格一: 依法辦理工廠登記 — a factory registration number (or the exemption document's number) is given.</summary>
    public const string FactoryRegistered = "factory-registered";

    /// <summary>申請資格二: not one of 環保署 109 年公告「第一批應盤查登錄溫室氣體排放量之排放源」 (inventory and verification).</summary>
    public const string NotFirstBatchSource = "not-first-batch-source";

    /// <summary>申請資格三: the reduction project is not renewable-energy generation (offset services).</summary>
    public const string NotRenewableGeneration = "not-renewable-generation";

    /// <summary>申請資格四: the footprint product is made at the applicant factory's address.</summary>
    public const string ProductMadeAtFactory = "product-made-at-factory";

    /// <summary>附表2 items 1, 2, 3 and 5 agreed (同意); item 4 (a certificate) is the priority, not a condition.</summary>
    public const string FootprintConsent = "footprint-consent";

    public static IReadOnlyList<string> All { get; } =
        [Manufacturer, FactoryRegistered, NotFirstBatchSource, NotRenewableGeneration, ProductMadeAtFactory, FootprintConsent];

    public static IReadOnlyList<string> Keys(string rules) =>
        [.. rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static RuleOutcome Check(string key, ProgrammeApplication a) => key switch
    {
        Manufacturer => int.TryParse(a.IndustryCode, System.Globalization.CultureInfo.InvariantCulture, out var code) && code is >= 8 and <= 33
            ? Met(key, $"產業別 {a.IndustryCode} 屬製造業。", $"Industry {a.IndustryCode} is manufacturing.")
            : NotMet(key, "限製造業（產業別 08–33）。", "Manufacturers only (industry 08–33)."),
        FactoryRegistered => !string.IsNullOrWhiteSpace(a.FactoryRegistrationNumber)
            ? Met(key, "已填工廠登記證號。", "A factory registration number is given.")
            : NotMet(key, "須依法辦理工廠登記，請填工廠登記證號（免辦者填主管機關證明文件字號）。",
                "The factory must be registered: give its registration number (or the exemption document's number)."),
        NotFirstBatchSource => !a.IsFirstBatchSource
            ? Met(key, "非第一批應盤查登錄排放源。", "Not a first-batch mandatory-reporting source.")
            : NotMet(key, "第一批應盤查登錄溫室氣體排放量之排放源不得申請此項。", "First-batch mandatory-reporting sources cannot apply for this service."),
        NotRenewableGeneration => !a.IsRenewableGenerationProject
            ? Met(key, "非再生能源發電類型專案。", "Not a renewable-generation project.")
            : NotMet(key, "抵換專案不包含再生能源發電類型專案。", "Renewable-generation projects are excluded from the offset services."),
        ProductMadeAtFactory => a.FootprintProductMadeAtFactory
            ? Met(key, "產品實際生產地點與申請工廠地址相符。", "The product is made at the applicant factory's address.")
            : NotMet(key, "計算碳足跡的產品須在申請工廠的地址生產。", "The footprint product must be made at the applicant factory's address."),
        FootprintConsent => a.Form2Answers is { Length: 5 } answers && answers[0] == '1' && answers[1] == '1' && answers[2] == '1' && answers[4] == '1'
            ? Met(key, "認知同意表第 1、2、3、5 項均同意。", "Items 1, 2, 3 and 5 of the consent form are agreed.")
            : NotMet(key, "須同意認知同意表（附表2）第 1、2、3、5 項。", "Items 1, 2, 3 and 5 of the consent form (Form 2) must be agreed."),
        _ => new RuleOutcome(key, RuleResult.NotChecked, $"未知的規則 {key}。", $"Unknown rule {key}."),
    };

    private static RuleOutcome Met(string key, string zh, string en) => new(key, RuleResult.Met, zh, en);

    private static RuleOutcome NotMet(string key, string zh, string en) => new(key, RuleResult.NotMet, zh, en);
}
