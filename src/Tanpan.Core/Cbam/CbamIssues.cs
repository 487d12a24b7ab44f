using System.Globalization;

namespace Tanpan.Core.Cbam;

/// <summary>The issues CBAM calculations report, each with its stable message key and both languages.</summary>
public static class CbamIssues
{
    public static CbamIssue MalformedCn(string text) => new("cbam.cn.malformed", text,
        $"CN 代碼「{text}」格式錯誤：應為 4、6、8 或 10 位數字（例如 7318 15 00）",
        $"CN code '{text}' is malformed: expected 4, 6, 8 or 10 digits (e.g. 7318 15 00)");

    public static CbamIssue UnknownCn(CnCode code) => new("cbam.cn.unknown", code.ToString(),
        $"CN 代碼 {code} 不是 CBAM 貨品（歐盟規則 2023/956 附件一）",
        $"CN code {code} is not a CBAM good (Regulation (EU) 2023/956 Annex I)");

    public static CbamIssue NoDefault(CnCode code) => new("cbam.default.missing", code.ToString(),
        $"CN 代碼 {code} 在預設值表（執行規則 2025/2621 附件一）中沒有數值",
        $"CN code {code} has no value in the default-value table (IR (EU) 2025/2621 Annex I)");

    public static CbamIssue AmbiguousCn(CnCode code, IEnumerable<CnCode> lines) => new("cbam.cn.ambiguous", code.ToString(),
        $"CN 代碼 {code} 含多個預設值項目，請指定較細的代碼：{string.Join("、", lines)}",
        $"CN code {code} covers several default-value lines; give a more detailed code: {string.Join(", ", lines)}");

    public static CbamIssue OriginNotShipped(string origin) => new("cbam.origin.not_shipped", origin,
        $"原產國「{origin}」的預設值未隨附，目前只提供臺灣（TW）",
        $"default values for origin '{origin}' are not shipped; only Taiwan (TW) is");

    public static CbamIssue YearOutOfRange(int year, int first, int last) => new("cbam.year", year.ToString(CultureInfo.InvariantCulture),
        $"年度 {year} 不在 {first}–{last} 之間", $"year {year} is outside {first}–{last}");

    public static CbamIssue Negative(string subject, string whatZh, string whatEn, decimal value) => new("cbam.negative", subject,
        $"「{subject}」的{whatZh}不可為負數（{value.ToString(CultureInfo.InvariantCulture)}）",
        $"'{subject}': {whatEn} must not be negative ({value.ToString(CultureInfo.InvariantCulture)})");

    public static CbamIssue NoActivity(string process, decimal tonnes) => new("cbam.activity_level", process,
        $"製程「{process}」的活動水準（扣除不合格品、副產品、廢棄物與廢料後的產量）須大於 0，目前為 {tonnes.ToString(CultureInfo.InvariantCulture)} 公噸",
        $"process '{process}': the activity level (output less off-spec product, by-products, waste and scrap) must be above 0, it is {tonnes.ToString(CultureInfo.InvariantCulture)} t");

    public static CbamIssue Loop(IReadOnlyList<string> path) => new("cbam.precursor.loop", path[0],
        $"前驅物循環引用：{string.Join(" → ", path)}", $"the precursors refer to each other in a loop: {string.Join(" → ", path)}");

    public static CbamIssue UnknownProcess(string process, string reference) => new("cbam.precursor.unknown_process", process,
        $"製程「{process}」引用的自產前驅物製程「{reference}」不存在", $"process '{process}' uses own precursor process '{reference}', which does not exist");

    public static CbamIssue DuplicateProcess(string process) => new("cbam.process.duplicate", process,
        $"製程代碼「{process}」重複", $"process id '{process}' appears more than once");

    public static CbamIssue NoMarkup(CbamGoodsCategory category) => new("cbam.markup.missing", CbamGoods.Key(category),
        $"{CbamGoods.NameZh(category)}沒有預設值加成（執行規則 2025/2621 只為有預設值的貨品訂加成）",
        $"{CbamGoods.NameEn(category)} has no default-value mark-up (IR (EU) 2025/2621 sets one only for goods with default values)");

    public static CbamIssue NotAPrecursor(string process, string precursor, CnCode code) => new("cbam.precursor.not_cbam", $"{process}: {precursor}",
        $"製程「{process}」的前驅物「{precursor}」（CN {code}）不是 CBAM 貨品：廢料、副產品等以零隱含排放計（執行規則 2025/2547 附件二 F 點），請勿列為前驅物",
        $"process '{process}': precursor '{precursor}' (CN {code}) is not a CBAM good; scrap, by-products and the like carry zero embedded emissions (IR (EU) 2025/2547 Annex II point F): leave it out");

    /// <summary>A negative input that is not about a named process (tonnes, a price): the message names only the field.</summary>
    public static CbamIssue NegativeValue(string field, string whatZh, string whatEn, decimal value) => new("cbam.negative", field,
        $"{whatZh}不可為負數（{value.ToString(CultureInfo.InvariantCulture)}）",
        $"{whatEn} must not be negative ({value.ToString(CultureInfo.InvariantCulture)})");
}
