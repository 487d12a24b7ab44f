namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// The county or city (直轄市、縣(市)) of an application's address: the 22 of 內政部's administrative divisions since
/// 桃園縣 became 桃園市 on 2014-12-25, with their 內政部 行政區域代碼 as keys. An address is read from its start: postal
/// code digits, spaces and a leading 臺灣省/台灣/中華民國 are skipped, 台 is read as 臺, and the counties merged into the
/// special municipalities in 2010 and 2014 (臺北縣, 臺中縣, 臺南縣, 高雄縣, 桃園縣) count as the municipality they became, so
/// an address written the old way still lands in today's region. Anything else is <see cref="Unknown"/>.
/// </summary>
public static class Regions
{
    public sealed record Region(string Code, string NameZh, string NameEn);

    /// <summary>Not a county or city this reading recognises (an English address, a typo): shown as 未能判定.</summary>
    public const string Unknown = "unknown";

    public static IReadOnlyList<Region> All { get; } =
    [
        new("63000", "臺北市", "Taipei City"),
        new("65000", "新北市", "New Taipei City"),
        new("68000", "桃園市", "Taoyuan City"),
        new("66000", "臺中市", "Taichung City"),
        new("67000", "臺南市", "Tainan City"),
        new("64000", "高雄市", "Kaohsiung City"),
        new("10017", "基隆市", "Keelung City"),
        new("10018", "新竹市", "Hsinchu City"),
        new("10020", "嘉義市", "Chiayi City"),
        new("10004", "新竹縣", "Hsinchu County"),
        new("10005", "苗栗縣", "Miaoli County"),
        new("10007", "彰化縣", "Changhua County"),
        new("10008", "南投縣", "Nantou County"),
        new("10009", "雲林縣", "Yunlin County"),
        new("10010", "嘉義縣", "Chiayi County"),
        new("10013", "屏東縣", "Pingtung County"),
        new("10002", "宜蘭縣", "Yilan County"),
        new("10015", "花蓮縣", "Hualien County"),
        new("10014", "臺東縣", "Taitung County"),
        new("10016", "澎湖縣", "Penghu County"),
        new("09020", "金門縣", "Kinmen County"),
        new("09007", "連江縣", "Lienchiang County"),
    ];

    /// <summary>Names an address may start with, to the region's code: today's 22 and the five merged counties.</summary>
    public static IReadOnlyDictionary<string, string> Prefixes { get; } = All.ToDictionary(r => r.NameZh, r => r.Code, StringComparer.Ordinal)
        .Concat(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["臺北縣"] = "65000", ["桃園縣"] = "68000", ["臺中縣"] = "66000", ["臺南縣"] = "67000", ["高雄縣"] = "64000",
        })
        .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private static readonly string[] Leading = ["臺灣省", "臺灣", "中華民國"];

    private static readonly Dictionary<string, Region> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The region's code for an address, or <see cref="Unknown"/>.</summary>
    public static string Of(string? address)
    {
        var text = Normalise(address);
        for (var word = LeadingWord(text); word is not null; word = LeadingWord(text))
        {
            text = Normalise(text[word.Length..]);
        }

        return text.Length >= 3 && Prefixes.TryGetValue(text[..3], out var code) ? code : Unknown;
    }

    private static string? LeadingWord(string text) => Array.Find(Leading, w => text.StartsWith(w, StringComparison.Ordinal));

    /// <summary>The region's name in the page's language; 未能判定 / Not determined for <see cref="Unknown"/>.</summary>
    public static string Name(string code, bool english) =>
        ByCode.TryGetValue(code, out var r) ? (english ? r.NameEn : r.NameZh) : (english ? "Not determined" : "未能判定");

    /// <summary>The address with postal-code digits and spaces (half- and full-width) dropped from its start and 台 read as 臺.</summary>
    public static string Normalise(string? address) =>
        (address ?? "").TrimStart(' ', '\u3000', '\t', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９', '-')
            .Replace('台', '臺');
}
